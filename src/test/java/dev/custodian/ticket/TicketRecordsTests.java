package dev.custodian.ticket;

import dev.custodian.support.OnH2;

@OnH2
class TicketRecordsTests extends TicketRecordsContract {
}
