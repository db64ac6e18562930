package dev.custodian.architecture;

import dev.custodian.support.OnH2;

@OnH2
class PersonalDataHolderTests extends PersonalDataHolderContract {
}
