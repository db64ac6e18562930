package dev.custodian.identity;

import dev.custodian.support.OnPostgres;

@OnPostgres
class OwnerLimitIT extends OwnerLimitContract {
}
