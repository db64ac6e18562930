package dev.custodian.contact;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ContactApiIT extends ContactApiContract {
}
