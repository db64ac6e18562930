package dev.custodian.catalog;

import dev.custodian.support.OnPostgres;

@OnPostgres
class SealedPersonalColumnsIT extends SealedPersonalColumnsContract {
}
