package dev.custodian.task;

import dev.custodian.support.OnH2;

@OnH2
class TaskPageTests extends TaskPageContract {
}
