package dev.custodian.activity;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ActivityApiIT extends ActivityApiContract {
}
