package dev.custodian.deal;

import dev.custodian.support.OnPostgres;

@OnPostgres
class DealSearchIT extends DealSearchContract {
}
