package dev.custodian.contact;

import dev.custodian.support.OnPostgres;

@OnPostgres
class OwnerLimitIT extends OwnerLimitContract {
}
