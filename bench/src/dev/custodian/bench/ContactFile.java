package dev.custodian.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic CSV file of contacts as another CRM would export them (HubSpot's column names): names, emails,
 * phone numbers in each country's own format, street addresses, cities and postal codes of six countries, a
 * company, a lifecycle stage. The same seed and size give the same bytes. Every email is distinct, so every row is
 * a new contact.
 */
final class ContactFile {

	static final String HEADER = "First Name,Last Name,Email,Phone Number,Company Name,Job Title,Lifecycle Stage,"
			+ "Street Address,City,Postal Code,Country/Region";

	private record Country(String name, String tld, String dial, int digits, List<String> firsts, List<String> lasts,
			List<String> cities, List<String> streets, int postalDigits) {
	}

	private static final List<Country> COUNTRIES = List.of(
			new Country("Germany", "de", "+49 30 ", 8,
					List.of("Anna", "Lukas", "Marie", "Jonas", "Sophie", "Felix", "Lena", "Paul", "Jürgen", "Käthe",
							"Emma", "Maximilian", "Hannah", "Leon", "Mia", "Elias"),
					List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
							"Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf"),
					List.of("Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
							"Leipzig"),
					List.of("Hauptstraße", "Schulstraße", "Gartenweg", "Bahnhofstraße", "Lindenallee"), 5),
			new Country("United Kingdom", "co.uk", "+44 20 7946 ", 4,
					List.of("Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Emily", "Noah", "Grace",
							"Charlie", "Freya", "Thomas", "Poppy", "Arthur", "Siobhán"),
					List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
							"O'Brien", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Thompson", "Hughes"),
					List.of("London", "Manchester", "Bristol", "Leeds", "Edinburgh", "Cardiff", "Belfast"),
					List.of("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue"), 0),
			new Country("France", "fr", "+33 1 ", 8,
					List.of("Léa", "Hugo", "Chloé", "Louis", "Inès", "Gabriel", "Camille", "Raphaël", "Zoé", "Jules",
							"Manon", "Arthur", "Éloïse", "Adam", "Margaux", "Théo"),
					List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
							"Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "Fournier"),
					List.of("Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Nantes", "Strasbourg"),
					List.of("rue de la Paix", "avenue Victor Hugo", "boulevard Voltaire", "rue du Moulin"), 5),
			new Country("Spain", "es", "+34 91 ", 7,
					List.of("Lucía", "Hugo", "Sofía", "Martín", "Martina", "Mateo", "María", "Pablo", "Julia",
							"Álvaro", "Paula", "Diego", "Valeria", "Adrián", "Carmen", "Javier"),
					List.of("García", "Rodríguez", "González", "Fernández", "López", "Martínez", "Sánchez", "Pérez",
							"Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz"),
					List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao"),
					List.of("Calle Mayor", "Calle de Alcalá", "Gran Vía", "Paseo del Prado"), 5),
			new Country("Italy", "it", "+39 06 ", 8,
					List.of("Giulia", "Leonardo", "Sofia", "Francesco", "Aurora", "Alessandro", "Alice", "Lorenzo",
							"Ginevra", "Mattia", "Emma", "Andrea", "Giorgia", "Tommaso", "Beatrice", "Niccolò"),
					List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
							"Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa"),
					List.of("Roma", "Milano", "Napoli", "Torino", "Palermo", "Bologna", "Firenze"),
					List.of("Via Roma", "Via Garibaldi", "Corso Italia", "Via Dante"), 5),
			new Country("United States", "com", "+1 212 555 ", 4,
					List.of("Liam", "Olivia", "Noah", "Emma", "James", "Charlotte", "Elijah", "Amelia", "William",
							"Sophia", "Henry", "Mia", "Lucas", "Harper", "Benjamin", "Evelyn"),
					List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia",
							"Rodriguez", "Wilson", "Martinez", "Anderson", "Taylor", "Thomas", "Moore", "Jackson"),
					List.of("New York", "Chicago", "Houston", "Phoenix", "Philadelphia", "San Antonio", "Seattle"),
					List.of("Main Street", "Oak Avenue", "Maple Drive", "Broadway", "Elm Street"), 5));

	private static final List<String> STAGES = List.of("Lead", "Subscriber", "Marketing Qualified Lead",
			"Sales Qualified Lead", "Opportunity", "Customer");

	private static final List<String> TITLES = List.of("Head of Sales", "CFO", "Office Manager", "Engineer",
			"Buyer", "Marketing Lead", "", "Managing Director");

	private ContactFile() {
	}

	/** Writes {@code rows} contacts (and the header) to {@code file}, UTF-8 with a byte order mark. */
	static void write(Path file, int rows, long seed) throws IOException {
		SplittableRandom random = new SplittableRandom(seed);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write('\uFEFF');
			out.write(HEADER);
			out.write("\r\n");
			for (int i = 0; i < rows; i++) {
				Country c = COUNTRIES.get(random.nextInt(COUNTRIES.size()));
				String first = c.firsts().get(random.nextInt(c.firsts().size()));
				String last = c.lasts().get(random.nextInt(c.lasts().size()));
				String email = ascii(first) + "." + ascii(last) + "." + i + "@example." + c.tld();
				String phone = c.dial() + digits(random, c.digits());
				// about one company for every 20 contacts, as in a B2B export
				String company = c.lasts().get(random.nextInt(c.lasts().size())) + " "
						+ random.nextInt(Math.max(1, rows / 20 / c.lasts().size() / COUNTRIES.size()));
				String street = c.streets().get(random.nextInt(c.streets().size())) + " " + (1 + random.nextInt(200));
				String postal = c.postalDigits() == 0 ? "SW1A " + (1 + random.nextInt(9)) + "AA"
						: digits(random, c.postalDigits());
				String line = String.join(",", first, quoted(last), email, phone, quoted(company + " Ltd"),
						TITLES.get(random.nextInt(TITLES.size())), STAGES.get(random.nextInt(STAGES.size())),
						quoted(street), quoted(c.cities().get(random.nextInt(c.cities().size()))), postal, c.name());
				out.write(line);
				out.write("\r\n");
			}
		}
	}

	private static String digits(SplittableRandom random, int count) {
		StringBuilder digits = new StringBuilder();
		digits.append(1 + random.nextInt(9));
		for (int i = 1; i < count; i++) {
			digits.append(random.nextInt(10));
		}
		return digits.toString();
	}

	private static String quoted(String value) {
		return value.contains(",") || value.contains("\"") || value.contains("'") || value.contains(" ")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z]", "")
			.toLowerCase(Locale.ROOT);
	}
}
