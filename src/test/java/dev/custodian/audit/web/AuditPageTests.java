package dev.custodian.audit.web;

import dev.custodian.support.OnH2;

@OnH2
class AuditPageTests extends AuditPageContract {
}
