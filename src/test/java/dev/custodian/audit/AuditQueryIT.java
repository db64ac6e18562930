package dev.custodian.audit;

import dev.custodian.support.OnPostgres;

@OnPostgres
class AuditQueryIT extends AuditQueryContract {
}
