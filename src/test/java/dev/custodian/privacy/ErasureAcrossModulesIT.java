package dev.custodian.privacy;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ErasureAcrossModulesIT extends ErasureAcrossModulesContract {
}
