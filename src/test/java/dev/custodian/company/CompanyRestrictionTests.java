package dev.custodian.company;

import dev.custodian.support.OnH2;

@OnH2
class CompanyRestrictionTests extends CompanyRestrictionContract {
}
