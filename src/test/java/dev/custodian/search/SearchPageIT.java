package dev.custodian.search;

import dev.custodian.support.OnPostgres;

@OnPostgres
class SearchPageIT extends SearchPageContract {
}
