package dev.custodian.transfer.export;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ExportApiIT extends ExportApiContract {
}
