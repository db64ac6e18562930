package dev.custodian.deal;

import dev.custodian.support.OnPostgres;

@OnPostgres
class DealPageIT extends DealPageContract {
}
