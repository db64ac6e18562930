package dev.custodian.web;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ErrorSummaryIT extends ErrorSummaryContract {
}
