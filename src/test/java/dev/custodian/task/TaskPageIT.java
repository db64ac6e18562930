package dev.custodian.task;

import dev.custodian.support.OnPostgres;

@OnPostgres
class TaskPageIT extends TaskPageContract {
}
