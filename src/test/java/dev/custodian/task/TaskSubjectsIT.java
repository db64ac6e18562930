package dev.custodian.task;

import dev.custodian.support.OnPostgres;

@OnPostgres
class TaskSubjectsIT extends TaskSubjectsContract {
}
