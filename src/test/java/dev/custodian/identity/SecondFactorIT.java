package dev.custodian.identity;

import dev.custodian.support.OnPostgres;

@OnPostgres
class SecondFactorIT extends SecondFactorContract {
}
