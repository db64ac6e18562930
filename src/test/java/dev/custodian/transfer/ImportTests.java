package dev.custodian.transfer;

import dev.custodian.support.OnH2;

@OnH2
class ImportTests extends ImportContract {
}
