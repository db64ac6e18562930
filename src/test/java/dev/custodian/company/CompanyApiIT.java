package dev.custodian.company;

import dev.custodian.support.OnPostgres;

@OnPostgres
class CompanyApiIT extends CompanyApiContract {
}
