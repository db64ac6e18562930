package dev.custodian.activity;

import dev.custodian.support.OnH2;

@OnH2
class TimelinePageTests extends TimelinePageContract {
}
