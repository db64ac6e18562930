package dev.custodian.privacy;

import dev.custodian.support.OnH2;

@OnH2
class ErasureAcrossModulesTests extends ErasureAcrossModulesContract {
}
