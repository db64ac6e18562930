package dev.custodian.transfer;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ImportIT extends ImportContract {
}
