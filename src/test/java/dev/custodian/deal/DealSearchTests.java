package dev.custodian.deal;

import dev.custodian.support.OnH2;

@OnH2
class DealSearchTests extends DealSearchContract {
}
