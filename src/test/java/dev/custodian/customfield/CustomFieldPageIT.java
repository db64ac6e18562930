package dev.custodian.customfield;

import dev.custodian.support.OnPostgres;

@OnPostgres
class CustomFieldPageIT extends CustomFieldPageContract {
}
