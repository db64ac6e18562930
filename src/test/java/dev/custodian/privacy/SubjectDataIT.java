package dev.custodian.privacy;

import dev.custodian.support.OnPostgres;

@OnPostgres
class SubjectDataIT extends SubjectDataContract {
}
