package dev.custodian.transfer.export;

import dev.custodian.support.OnH2;

@OnH2
class ExportApiTests extends ExportApiContract {
}
