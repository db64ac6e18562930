package dev.custodian.architecture;

import dev.custodian.support.OnPostgres;

@OnPostgres
class PersonalDataHolderIT extends PersonalDataHolderContract {
}
