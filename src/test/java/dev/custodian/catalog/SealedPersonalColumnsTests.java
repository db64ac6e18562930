package dev.custodian.catalog;

import dev.custodian.support.OnH2;

@OnH2
class SealedPersonalColumnsTests extends SealedPersonalColumnsContract {
}
