package dev.custodian.audit;

import dev.custodian.support.OnH2;

@OnH2
class AuditQueryTests extends AuditQueryContract {
}
