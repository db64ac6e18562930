package dev.custodian.customfield;

import dev.custodian.support.OnH2;

@OnH2
class CustomFieldPageTests extends CustomFieldPageContract {
}
