package dev.custodian.vault;

import dev.custodian.support.OnH2;

@OnH2
class VaultTests extends VaultContract {
}
