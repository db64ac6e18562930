package dev.custodian.company;

import dev.custodian.support.OnPostgres;

@OnPostgres
class CompanySealingIT extends CompanySealingContract {
}
