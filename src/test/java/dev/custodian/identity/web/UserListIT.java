package dev.custodian.identity.web;

import dev.custodian.support.OnPostgres;

@OnPostgres
class UserListIT extends UserListContract {
}
