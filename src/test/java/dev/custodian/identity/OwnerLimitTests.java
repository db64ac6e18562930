package dev.custodian.identity;

import dev.custodian.support.OnH2;

@OnH2
class OwnerLimitTests extends OwnerLimitContract {
}
