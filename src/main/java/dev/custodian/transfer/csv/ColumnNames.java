package dev.custodian.transfer.csv;

import java.util.List;
import java.util.Map;

/**
 * The column names other CRMs and spreadsheets use for each import field, in English and German: those of HubSpot,
 * Salesforce (report labels and API names), Pipedrive, SuiteCRM (labels and field names) and Zoho exports. Within
 * a field the better name comes first, so a plain phone column wins over a mobile one.
 */
final class ColumnNames {

	static final Map<String, List<String>> CONTACT = Map.ofEntries(
			Map.entry("firstName", List.of("First Name", "Firstname", "Given Name", "Forename", "First", "Vorname",
					"Person - First name", "Contact First Name", "Prénom")),
			Map.entry("lastName", List.of("Last Name", "Lastname", "Surname", "Family Name", "Last", "Nachname",
					"Familienname", "Person - Last name", "Contact Last Name", "Nom")),
			Map.entry("fullName", List.of("Name", "Full Name", "Contact Name", "Person - Name", "Person Name",
					"Display Name", "Contact", "Person", "Kontakt", "Kontaktname", "Vollständiger Name")),
			Map.entry("email", List.of("Email", "E-Mail", "Email Address", "E-Mail Address", "E-Mail-Adresse",
					"Primary Email", "Primary Email Address", "Email 1", "Email Address 1", "E-mail 1 - Value",
					"E-Mail-Adresse 1", "Person - Email", "Person - Email - Work", "Work Email", "Business Email",
					"Contact Email", "Mail", "Person - Email - Other", "Person - Email - Home", "Email 2",
					"Secondary Email", "Other Email", "Home Email", "Private Email")),
			Map.entry("phone", List.of("Phone", "Phone Number", "Telephone", "Telephone Number", "Tel", "Telefon",
					"Telefonnummer", "Office Phone", "Work Phone", "Business Phone", "Phone Work", "Direct Phone",
					"Primary Phone", "Phone 1", "Phone 1 - Value", "Person - Phone", "Person - Phone - Work",
					"Telefon geschäftlich", "Mobile Phone Number", "Mobile", "Mobile Phone", "Mobile Number",
					"Phone Mobile", "Cell", "Cell Phone", "Handy", "Mobiltelefon", "Mobilnummer",
					"Mobiltelefonnummer", "Person - Phone - Mobile", "Home Phone", "Phone Home",
					"Person - Phone - Home", "Other Phone", "Person - Phone - Other")),
			Map.entry("jobTitle", List.of("Job Title", "Title", "Position", "Role", "Job", "Designation",
					"Person - Job title", "Jobtitel", "Organization Title", "Organization 1 - Title",
					"Berufsbezeichnung", "Funktion", "Stellenbezeichnung")),
			Map.entry("companyName", List.of("Company", "Company Name", "Account Name", "Account", "Organization",
					"Organisation", "Organization Name", "Organisation Name", "Person - Organization",
					"Organization - Name", "Associated Company", "Business Name", "Employer", "Firma", "Firmenname",
					"Unternehmen", "Unternehmensname", "Company / Account", "Organization 1 - Name")),
			Map.entry("companyDomain", List.of("Company Domain Name", "Company Domain", "Domain")),
			Map.entry("lifecycleStage", List.of("Lifecycle Stage", "Lifecycle", "Lifecycle Phase",
					"Lebenszyklusphase")),
			Map.entry("source", List.of("Source", "Lead Source", "Original Source", "Original Source Type",
					"Contact Source", "Source Origin", "Source Channel", "Ursprüngliche Quelle", "Quelle", "Herkunft",
					"Lead-Quelle")),
			Map.entry("owner", List.of("Owner", "Contact Owner", "Assigned To", "Assigned User Name", "Assigned User",
					"Person - Owner", "Owner Name", "Owner Email", "Record Owner", "Kontaktinhaber", "Inhaber",
					"Besitzer", "Zugewiesen an", "Verantwortlich")),
			Map.entry("street", List.of("Street", "Street Address", "Address", "Address 1", "Address Line 1",
					"Street Address 1", "Mailing Street", "Mailing Address", "Primary Address Street",
					"Business Street", "Address 1 - Street", "Postal address - Street/road name",
					"Person - Postal address", "Straße", "Adresse", "Anschrift")),
			Map.entry("city", List.of("City", "Town", "Locality", "Mailing City", "Primary Address City",
					"Business City", "Address 1 - City", "Postal address - City/town/village/locality", "Ort",
					"Stadt", "Wohnort")),
			Map.entry("postalCode", List.of("Postal Code", "Postcode", "Post Code", "Zip", "ZIP Code", "Zipcode",
					"Zip/Postal Code", "Mailing Zip/Postal Code", "Mailing Postal Code", "Mailing Zip",
					"Mailing Code", "Primary Address Postal Code", "Primary Address Postalcode",
					"Business Postal Code", "Address 1 - Postal Code", "Postal address - ZIP/Postal code", "PLZ",
					"Postleitzahl")),
			Map.entry("country", List.of("Country", "Country/Region", "Country Code", "Mailing Country",
					"Primary Address Country", "Business Country", "Business Country/Region", "Address 1 - Country",
					"Land/Region", "Postal address - Country", "Nation", "Land")));

	static final Map<String, List<String>> COMPANY = Map.ofEntries(
			Map.entry("name", List.of("Company Name", "Name", "Account Name", "Organization Name",
					"Organisation Name", "Organization - Name", "Company", "Account", "Organization", "Organisation",
					"Business Name", "Firma", "Firmenname", "Unternehmen", "Unternehmensname")),
			Map.entry("domain", List.of("Company Domain Name", "Company Domain", "Domain", "Domain Name",
					"Website Domain", "Domäne", "Domain-Name des Unternehmens")),
			Map.entry("website", List.of("Website", "Website URL", "Web", "Web Site", "URL", "Homepage",
					"Organization - Website", "Webseite", "Website-URL", "Internetseite")),
			Map.entry("industry", List.of("Industry", "Industry Type", "Sector", "Organization - Industry", "Branche",
					"Industrie")),
			Map.entry("sizeBand", List.of("Number of Employees", "Employees", "No. of Employees", "Employee Count",
					"Company Size", "Size", "Headcount", "Organization - Number of employees", "Anzahl Mitarbeiter",
					"Anzahl der Mitarbeiter", "Mitarbeiterzahl", "Mitarbeiter", "Unternehmensgröße")),
			Map.entry("phone", List.of("Phone", "Phone Number", "Company Phone", "Office Phone", "Main Phone",
					"Business Phone", "Phone Office", "Telephone", "Telefon", "Telefonnummer")),
			Map.entry("email", List.of("Email", "E-Mail", "Email Address", "Company Email", "General Email",
					"Email 1")),
			Map.entry("street", List.of("Street", "Street Address", "Address", "Address 1", "Address Line 1",
					"Billing Street", "Billing Address Street", "Billing Address", "Shipping Street",
					"Organization - Address", "Address - Street/road name", "Straße", "Adresse", "Anschrift")),
			Map.entry("city", List.of("City", "Town", "Billing City", "Billing Address City", "Shipping City",
					"Address - City/town/village/locality", "Ort", "Stadt")),
			Map.entry("postalCode", List.of("Postal Code", "Postcode", "Zip", "ZIP Code", "Zip/Postal Code",
					"Billing Zip/Postal Code", "Billing Postal Code", "Billing Address Postal Code",
					"Billing Address Postalcode", "Billing Zip", "Billing Code", "Shipping Zip/Postal Code",
					"Address - ZIP/Postal code", "PLZ", "Postleitzahl")),
			Map.entry("country", List.of("Country", "Country/Region", "Country Code", "Billing Country",
					"Billing Address Country", "Shipping Country", "Address - Country", "Land")));

	static final Map<String, List<String>> DEAL = Map.ofEntries(
			Map.entry("name", List.of("Deal Name", "Opportunity Name", "Deal - Title", "Deal Title", "Title", "Deal",
					"Opportunity", "Dealname", "Name des Deals", "Verkaufschance")),
			Map.entry("amount", List.of("Amount", "Deal Value", "Value", "Deal - Value", "Deal Amount",
					"Opportunity Amount", "Betrag", "Wert", "Volumen")),
			Map.entry("currency", List.of("Currency", "Deal Currency", "Currency Code", "Opportunity Currency",
					"Deal - Currency", "Deal - Currency of Value", "Währung")),
			Map.entry("pipeline", List.of("Pipeline", "Deal Pipeline", "Deal - Pipeline", "Sales Pipeline")),
			Map.entry("stage", List.of("Deal Stage", "Stage", "Sales Stage", "Deal - Stage", "Opportunity Stage",
					"Stage Name", "Phase", "Dealphase", "Deal-Phase")),
			Map.entry("expectedClose", List.of("Close Date", "Expected Close Date", "Deal - Expected close date",
					"Closing Date", "Expected Close", "Estimated Close Date", "Date Closed", "Abschlussdatum",
					"Erwartetes Abschlussdatum")),
			Map.entry("owner", List.of("Owner", "Deal Owner", "Opportunity Owner", "Deal - Owner", "Assigned To",
					"Assigned User Name", "Assigned User", "Dealinhaber", "Verantwortlich")),
			Map.entry("companyName", List.of("Company", "Company Name", "Account Name", "Associated Company",
					"Deal - Organization", "Organization", "Organization - Name", "Organisation", "Account", "Firma")),
			Map.entry("contactEmail", List.of("Contact Email", "Person - Email", "Person - Email - Work",
					"Contact Email Address", "Email", "E-Mail", "Email Address")));

	/** The words other CRMs put before a column name, such as Pipedrive's "Person - ", per record type. */
	static final Map<String, List<String>> PREFIXES = Map.of("contact", List.of("person", "contact", "lead"),
			"company", List.of("organization", "organisation", "company", "account"), "deal",
			List.of("deal", "opportunity"));

	private ColumnNames() {
	}
}
