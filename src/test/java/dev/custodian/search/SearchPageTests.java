package dev.custodian.search;

import dev.custodian.support.OnH2;

@OnH2
class SearchPageTests extends SearchPageContract {
}
