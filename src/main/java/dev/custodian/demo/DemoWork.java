package dev.custodian.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import dev.custodian.activity.Activities;
import dev.custodian.activity.ActivityForm;
import dev.custodian.company.Company;
import dev.custodian.contact.Contact;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealForm;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.LostReasons;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Pipelines;
import dev.custodian.deal.Stage;
import dev.custodian.identity.UserAccount;
import dev.custodian.task.TaskForm;
import dev.custodian.task.TaskManagement;
import dev.custodian.ticket.TicketForm;
import dev.custodian.ticket.TicketManagement;
import org.springframework.stereotype.Component;

/**
 * The daily work of the demo CRM: deals in every stage of the default pipeline (some won, some lost), a timeline of
 * notes, calls and meetings on them, tasks overdue, due today and upcoming, and support tickets of every priority.
 * Made through the same services as users' work, in the demo data's transaction.
 */
@Component
class DemoWork {

	private static final String[] PRODUCTS = { "Annual licence", "Onboarding package", "Support renewal",
			"Fleet upgrade", "Pilot project", "Data migration", "Training days", "Enterprise plan" };

	private static final String[] TICKETS = { "Cannot sign in after the update", "Invoice shows the wrong VAT rate",
			"Export stops at 10,000 rows", "Please add two more seats", "Delivery arrived damaged",
			"Password reset mail never arrives", "Question about the data processing agreement",
			"App crashes when opening a report" };

	private final DealManagement deals;

	private final Pipelines pipelines;

	private final LostReasons lostReasons;

	private final Activities activities;

	private final TaskManagement tasks;

	private final TicketManagement tickets;

	DemoWork(DealManagement deals, Pipelines pipelines, LostReasons lostReasons, Activities activities,
			TaskManagement tasks, TicketManagement tickets) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.lostReasons = lostReasons;
		this.activities = activities;
		this.tasks = tasks;
		this.tickets = tickets;
	}

	/** Fills in deals, activities, tasks and tickets about the demo's companies and people; counts what it made. */
	int[] seed(List<Company> companies, List<Contact> people, List<UserAccount> users, Random random) {
		Pipeline sales = pipelines.all().get(0);
		List<Stage> stages = sales.stages();
		UUID lostReason = lostReasons.all().get(0).id();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
		int dealCount = 0;
		int activityCount = 0;
		for (int i = 0; i < people.size(); i += 2) {
			Contact person = people.get(i);
			Company company = companies.stream().filter(c -> c.id().equals(person.companyId())).findFirst()
				.orElse(companies.get(i % companies.size()));
			Stage stage = stages.get(i / 2 % stages.size());
			String currency = i % 7 == 3 ? "GBP" : "EUR";
			String owner = users.isEmpty() ? null : users.get(i / 2 % users.size()).id().toString();
			Deal deal = deals.create(new DealForm(company.name() + " · " + PRODUCTS[i / 2 % PRODUCTS.length],
					String.format(Locale.ROOT, "%d.00", 2_000 + random.nextInt(90) * 500), currency,
					sales.id().toString(), stage.id().toString(), owner, company.id().toString(),
					List.of(new DealForm.Participant(person.id().toString(), "decision-maker")), null,
					stage.probability() == 0 ? lostReason.toString() : null,
					LocalDate.now().plusDays(15 + random.nextInt(170)).toString(), null));
			dealCount++;
			activities.create(new ActivityForm("note", null, "Budget confirmed for this quarter; wants a proposal "
					+ "that covers rollout and training.", now.minus(Duration.ofDays(20 + i)), null, null, null, null,
					null, List.of(person.id().value()), null, deal.id(), null, List.of(), List.of()));
			activities.create(new ActivityForm("call", "Follow-up call", "Walked through pricing; asked for a "
					+ "reference customer.", now.minus(Duration.ofDays(5 + i % 9)), null, "outbound", 600 + i * 30,
					i % 3 == 0 ? "left-voicemail" : "connected", null, List.of(person.id().value()), null, deal.id(),
					null, List.of(), List.of()));
			activityCount += 2;
			if (i % 6 == 0 && i + 1 < people.size()) {
				Instant start = now.plus(Duration.ofDays(2 + i % 5)).truncatedTo(ChronoUnit.HOURS);
				activities.create(new ActivityForm("meeting", "Proposal review", "Agenda: scope, timeline, next "
						+ "steps.", start, start.plus(Duration.ofHours(1)), null, null, null, "Video call", List.of(),
						company.id().value(), deal.id(), null, List.of(person.id().value(), people.get(i + 1).id().value()),
						users.isEmpty() ? List.of() : List.of(users.get(0).id().value())));
				activityCount++;
			}
		}
		int taskCount = 0;
		if (!users.isEmpty()) {
			for (int i = 0; i < 12; i++) {
				Contact person = people.get(i * 3 % people.size());
				Instant due = now.plus(Duration.ofHours(-72 + i * 18L));
				tasks.create(new TaskForm(i % 2 == 0 ? "Call back about the proposal" : "Send the contract draft",
						"Check the notes on the timeline first.", due, users.get(i % users.size()).id().value(),
						List.of("low", "normal", "high", "urgent").get(i % 4), "contact", person.id().value()));
				taskCount++;
			}
		}
		int ticketCount = 0;
		for (int i = 0; i < TICKETS.length; i++) {
			Contact requester = people.get((i * 5 + 1) % people.size());
			tickets.create(new TicketForm(TICKETS[i], "Reported by the customer; details in the first reply.", null,
					List.of("low", "normal", "high", "urgent").get(i % 4), List.of("email", "phone", "web", "chat").get(i % 4),
					requester.id().toString(), i % 3 == 0 || users.isEmpty() ? null : users.get(i % users.size()).id().toString(),
					List.of(i % 2 == 0 ? "billing" : "product")));
			ticketCount++;
		}
		return new int[] { dealCount, activityCount, taskCount, ticketCount };
	}
}
