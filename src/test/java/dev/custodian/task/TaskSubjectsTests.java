package dev.custodian.task;

import dev.custodian.support.OnH2;

@OnH2
class TaskSubjectsTests extends TaskSubjectsContract {
}
