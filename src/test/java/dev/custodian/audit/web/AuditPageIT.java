package dev.custodian.audit.web;

import dev.custodian.support.OnPostgres;

@OnPostgres
class AuditPageIT extends AuditPageContract {
}
