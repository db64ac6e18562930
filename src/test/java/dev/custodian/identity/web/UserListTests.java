package dev.custodian.identity.web;

import dev.custodian.support.OnH2;

@OnH2
class UserListTests extends UserListContract {
}
