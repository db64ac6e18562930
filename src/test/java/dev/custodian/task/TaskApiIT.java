package dev.custodian.task;

import dev.custodian.support.OnPostgres;

@OnPostgres
class TaskApiIT extends TaskApiContract {
}
