package dev.custodian.transfer.csv;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class ColumnMatchTests {

	/** The proposal as header → target, leaving out ignored headers. */
	private static Map<String, String> proposal(String type, Map<String, String> extraNames, String... headers) {
		List<String> targets = ColumnMatch.propose(type, List.of(headers), extraNames);
		assertThat(targets).hasSize(headers.length);
		Map<String, String> mapped = new LinkedHashMap<>();
		for (int i = 0; i < headers.length; i++) {
			String target = targets.get(i);
			if (target != null) {
				mapped.put(headers[i], target);
			}
		}
		return mapped;
	}

	private static Map<String, String> proposal(String type, String... headers) {
		return proposal(type, Map.of(), headers);
	}

	@Test
	void hubSpotContacts() {
		assertThat(proposal("contact", "Record ID", "First Name", "Last Name", "Email", "Phone Number",
				"Mobile Phone Number", "Job Title", "Company Name", "Associated Company", "Lifecycle Stage",
				"Lead Status", "Contact owner", "Original Source", "Street Address", "City", "State/Region",
				"Postal Code", "Country/Region", "Create Date", "Last Activity Date"))
			.containsExactly(entry("First Name", "firstName"), entry("Last Name", "lastName"), entry("Email", "email"),
					entry("Phone Number", "phone"), entry("Job Title", "jobTitle"),
					entry("Company Name", "companyName"), entry("Lifecycle Stage", "lifecycleStage"),
					entry("Contact owner", "owner"), entry("Original Source", "source"),
					entry("Street Address", "street"), entry("City", "city"), entry("Postal Code", "postalCode"),
					entry("Country/Region", "country"));
	}

	@Test
	void salesforceContactsAsReportLabelsAndAsApiNames() {
		assertThat(proposal("contact", "Contact ID", "Salutation", "First Name", "Last Name", "Title", "Account Name",
				"Mailing Street", "Mailing City", "Mailing State/Province", "Mailing Zip/Postal Code", "Mailing Country",
				"Phone", "Mobile", "Email", "Lead Source", "Contact Owner"))
			.containsExactly(entry("First Name", "firstName"), entry("Last Name", "lastName"), entry("Title", "jobTitle"),
					entry("Account Name", "companyName"), entry("Mailing Street", "street"),
					entry("Mailing City", "city"), entry("Mailing Zip/Postal Code", "postalCode"),
					entry("Mailing Country", "country"), entry("Phone", "phone"), entry("Email", "email"),
					entry("Lead Source", "source"), entry("Contact Owner", "owner"));
		assertThat(proposal("contact", "Id", "FirstName", "LastName", "Email", "MobilePhone", "Title", "MailingCity",
				"MailingPostalCode", "LeadSource", "OwnerId"))
			.containsExactly(entry("FirstName", "firstName"), entry("LastName", "lastName"), entry("Email", "email"),
					entry("MobilePhone", "phone"), entry("Title", "jobTitle"), entry("MailingCity", "city"),
					entry("MailingPostalCode", "postalCode"), entry("LeadSource", "source"));
	}

	@Test
	void pipedrivePeople() {
		assertThat(proposal("contact", "Person - ID", "Person - Name", "Person - First name", "Person - Last name",
				"Person - Organization", "Person - Email - Work", "Person - Email - Home", "Person - Phone - Mobile",
				"Person - Phone - Work", "Person - Owner", "Person - Label", "Person - Job title",
				"Person - Postal address", "Person - Postal address - City/town/village/locality",
				"Person - Postal address - ZIP/Postal code", "Person - Postal address - Country"))
			.containsExactly(entry("Person - Name", "fullName"), entry("Person - First name", "firstName"),
					entry("Person - Last name", "lastName"), entry("Person - Organization", "companyName"),
					entry("Person - Email - Work", "email"), entry("Person - Phone - Work", "phone"),
					entry("Person - Owner", "owner"), entry("Person - Job title", "jobTitle"),
					entry("Person - Postal address", "street"),
					entry("Person - Postal address - City/town/village/locality", "city"),
					entry("Person - Postal address - ZIP/Postal code", "postalCode"),
					entry("Person - Postal address - Country", "country"));
	}

	@Test
	void suiteCrmAndZohoContacts() {
		assertThat(proposal("contact", "ID", "Name", "Date Created", "Assigned User Name", "Salutation", "First Name",
				"Last Name", "Title", "Department", "Home", "Mobile", "Office Phone", "Primary Address Street",
				"Primary Address City", "Primary Address State", "Primary Address Postal Code",
				"Primary Address Country", "Email Address", "Lead Source", "Account Name"))
			.containsExactly(entry("Name", "fullName"), entry("Assigned User Name", "owner"),
					entry("First Name", "firstName"), entry("Last Name", "lastName"), entry("Title", "jobTitle"),
					entry("Office Phone", "phone"), entry("Primary Address Street", "street"),
					entry("Primary Address City", "city"), entry("Primary Address Postal Code", "postalCode"),
					entry("Primary Address Country", "country"), entry("Email Address", "email"),
					entry("Lead Source", "source"), entry("Account Name", "companyName"));
		assertThat(proposal("contact", "first_name", "last_name", "email1", "phone_mobile", "primary_address_postalcode",
				"assigned_user_name"))
			.containsValues("firstName", "lastName", "email", "phone", "postalCode", "owner");
		assertThat(proposal("contact", "Contact Owner", "Lead Source", "First Name", "Last Name", "Account Name",
				"Email", "Secondary Email", "Title", "Phone", "Home Phone", "Mobile", "Mailing Street", "Mailing City",
				"Mailing State", "Mailing Zip", "Mailing Country"))
			.containsEntry("Email", "email")
			.containsEntry("Phone", "phone")
			.containsEntry("Mailing Zip", "postalCode")
			.doesNotContainKeys("Secondary Email", "Home Phone", "Mobile", "Mailing State");
	}

	@Test
	void germanSpreadsheets() {
		assertThat(proposal("contact", "Vorname", "Nachname", "E-Mail-Adresse", "Telefon", "Firma", "Straße", "PLZ",
				"Ort", "Land"))
			.containsValues("firstName", "lastName", "email", "phone", "companyName", "street", "postalCode", "city",
					"country")
			.hasSize(9);
	}

	@Test
	void outlookAndGoogleContacts() {
		assertThat(proposal("contact", "Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title",
				"Business Street", "Business City", "Business Postal Code", "Business Country/Region",
				"Business Phone", "Mobile Phone", "E-mail Address"))
			.containsOnlyKeys("First Name", "Last Name", "Company", "Job Title", "Business Street", "Business City",
					"Business Postal Code", "Business Country/Region", "Business Phone", "E-mail Address");
		assertThat(proposal("contact", "First Name", "Last Name", "Organization Name", "Organization Title",
				"E-mail 1 - Value", "Phone 1 - Value", "Address 1 - Street", "Address 1 - City",
				"Address 1 - Postal Code", "Address 1 - Country"))
			.containsValues("firstName", "lastName", "companyName", "jobTitle", "email", "phone", "street", "city",
					"postalCode", "country");
	}

	@Test
	void companiesFromEachCrm() {
		assertThat(proposal("company", "Record ID", "Company name", "Company Domain Name", "Website URL", "Industry",
				"Number of Employees", "Phone Number", "Street Address", "City", "State/Region", "Postal Code",
				"Country/Region", "Company owner"))
			.containsOnlyKeys("Company name", "Company Domain Name", "Website URL", "Industry", "Number of Employees",
					"Phone Number", "Street Address", "City", "Postal Code", "Country/Region")
			.containsEntry("Company Domain Name", "domain")
			.containsEntry("Website URL", "website")
			.containsEntry("Number of Employees", "sizeBand");
		assertThat(proposal("company", "Account Name", "Type", "Website", "Industry", "Employees", "Phone",
				"Shipping Street", "Billing Street", "Billing City", "Billing Zip/Postal Code", "Billing Country",
				"Account Owner"))
			.containsOnlyKeys("Account Name", "Website", "Industry", "Employees", "Phone", "Billing Street",
					"Billing City", "Billing Zip/Postal Code", "Billing Country")
			.containsEntry("Account Name", "name");
		assertThat(proposal("company", "Organization - ID", "Organization - Name", "Organization - Address",
				"Organization - Address - City/town/village/locality", "Organization - Address - ZIP/Postal code",
				"Organization - Address - Country", "Organization - Owner", "Organization - Number of employees"))
			.containsExactly(entry("Organization - Name", "name"), entry("Organization - Address", "street"),
					entry("Organization - Address - City/town/village/locality", "city"),
					entry("Organization - Address - ZIP/Postal code", "postalCode"),
					entry("Organization - Address - Country", "country"),
					entry("Organization - Number of employees", "sizeBand"));
	}

	@Test
	void dealsFromEachCrm() {
		assertThat(proposal("deal", "Record ID", "Deal Name", "Deal Stage", "Pipeline", "Amount", "Close Date",
				"Deal owner", "Create Date", "Currency", "Associated Company", "Associated Contact"))
			.containsExactly(entry("Deal Name", "name"), entry("Deal Stage", "stage"), entry("Pipeline", "pipeline"),
					entry("Amount", "amount"), entry("Close Date", "expectedClose"), entry("Deal owner", "owner"),
					entry("Currency", "currency"), entry("Associated Company", "companyName"));
		assertThat(proposal("deal", "Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency of Value",
				"Deal - Pipeline", "Deal - Stage", "Deal - Expected close date", "Deal - Owner",
				"Deal - Organization", "Deal - Contact person", "Person - Email", "Organization - Name"))
			.containsExactly(entry("Deal - Title", "name"), entry("Deal - Value", "amount"),
					entry("Deal - Currency of Value", "currency"), entry("Deal - Pipeline", "pipeline"),
					entry("Deal - Stage", "stage"), entry("Deal - Expected close date", "expectedClose"),
					entry("Deal - Owner", "owner"), entry("Deal - Organization", "companyName"),
					entry("Person - Email", "contactEmail"));
		assertThat(proposal("deal", "Opportunity Name", "Account Name", "Opportunity Amount", "Currency",
				"Expected Close Date", "Sales Stage", "Assigned User Name", "Probability (%)"))
			.containsOnlyKeys("Opportunity Name", "Account Name", "Opportunity Amount", "Currency",
					"Expected Close Date", "Sales Stage", "Assigned User Name");
	}

	@Test
	void extraNamesMapCustomFieldsAndBeatBuiltInNames() {
		Map<String, String> extra = new HashMap<>(Map.of("Region", "cf.region", "cf_tier", "cf.tier",
				"Handynummer", "phone"));
		assertThat(proposal("contact", extra, "Email", "Region", "CF Tier", "Telefon", "Handynummer"))
			.containsExactly(entry("Email", "email"), entry("Region", "cf.region"), entry("CF Tier", "cf.tier"),
					entry("Handynummer", "phone"));
	}

	@Test
	void eachTargetAtMostOnceTheFirstOfEqualHeadersWinning() {
		assertThat(ColumnMatch.propose("contact", List.of("Notes", "E-Mail", "Email", "email"), Map.of()))
			.containsExactly(null, "email", null, null);
		assertThat(ColumnMatch.propose("contact", List.of("E-Mail", "Email Address"), Map.of()))
			.containsExactly("email", null);
		assertThat(ColumnMatch.propose("contact", List.of("Mobile", "Phone"), Map.of()))
			.containsExactly(null, "phone");
	}

	@Test
	void theTargetListVariantUsesTheNamesOfTheRecordTypeItBelongsTo() {
		assertThat(ColumnMatch.propose(List.of("Deal Name", "Company", "Mobile"), List.of("name", "companyName"),
				Map.of())).containsExactly("name", "companyName", null);
		assertThat(ColumnMatch.propose(List.of("Vorname", "foo", "Bar"), List.of("foo", "bar"), Map.of()))
			.containsExactly(null, "foo", "bar");
	}

	@Test
	void refusesUnknownRecordTypes() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> ColumnMatch.propose("ticket", List.of("Subject"), Map.of()));
	}

	@Test
	void normalisesCaseAccentsAndPunctuation() {
		assertThat(ColumnMatch.normalise(" Straße / Größe_1 ")).isEqualTo("strassegrosse1");
		assertThat(ColumnMatch.normalise("E-Mail Adresse")).isEqualTo(ColumnMatch.normalise("email_adresse"));
	}

	@Test
	void builtInNamesCoverEveryTargetAndNeverNameTwoTargetsOfOneType() {
		checkNames(ColumnNames.CONTACT, ColumnMatch.CONTACT_TARGETS);
		checkNames(ColumnNames.COMPANY, ColumnMatch.COMPANY_TARGETS);
		checkNames(ColumnNames.DEAL, ColumnMatch.DEAL_TARGETS);
	}

	private static void checkNames(Map<String, List<String>> names, List<String> targets) {
		assertThat(names).containsOnlyKeys(targets);
		Map<String, String> owner = new HashMap<>();
		names.forEach((target, list) -> list.forEach(name -> {
			String previous = owner.put(ColumnMatch.normalise(name), target);
			assertThat(previous).as(name).isIn(null, target);
		}));
	}
}
