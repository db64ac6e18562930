package dev.custodian.contact;

import dev.custodian.support.OnPostgres;

@OnPostgres
class ContactPageIT extends ContactPageContract {
}
