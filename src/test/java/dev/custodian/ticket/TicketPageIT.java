package dev.custodian.ticket;

import dev.custodian.support.OnPostgres;

@OnPostgres
class TicketPageIT extends TicketPageContract {
}
