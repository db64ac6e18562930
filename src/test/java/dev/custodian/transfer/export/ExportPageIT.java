package dev.custodian.transfer.export;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ExportPageIT extends ExportPageContract {
}
