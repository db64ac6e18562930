package dev.custodian.web;

import dev.custodian.support.OnH2;

@OnH2
class ErrorSummaryTests extends ErrorSummaryContract {
}
