package dev.custodian.company;

import dev.custodian.support.OnPostgres;

@OnPostgres
class CompanyRestrictionIT extends CompanyRestrictionContract {
}
