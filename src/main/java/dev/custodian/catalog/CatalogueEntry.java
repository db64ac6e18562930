package dev.custodian.catalog;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A declared column as the catalogue page and API show it, with how many records of its table hold a value
 * (counted on the stored, possibly sealed, value being present: nothing is decrypted).
 *
 * @param category the data category code, null for a column declared not personal
 * @param specialCategoryCondition for a special category, the Art. 9(2) (or Art. 10) condition relied on
 * @param notPersonalReason why the column is not personal, null for a personal one
 * @param filled records holding a value in this column
 * @param records records in the table
 */
public record CatalogueEntry(@Schema(example = "contact") String module,
		@Schema(example = "contact") String recordType, @Schema(example = "email") String field,
		@Schema(example = "contacts") String table, @Schema(example = "email") String column,
		@Schema(description = "Data category; null for a column declared not personal",
				example = "contact.email") @Nullable String category,
		@Schema(description = "An Art. 9 special category or Art. 10 criminal data") boolean specialCategory,
		@Schema(description = "For a special category, the condition relied on (Art. 9(2)(a) to (j), or Art. 10); "
				+ "null otherwise", example = "explicit-consent", allowableValues = { "explicit-consent",
						"employment-law", "vital-interests", "not-for-profit-body", "made-public", "legal-claims",
						"substantial-public-interest", "health-or-social-care", "public-health",
						"archiving-or-research", "authorised-by-law" }) @Nullable String specialCategoryCondition,
		@Schema(allowableValues = { "sealed", "sealed+exact", "sealed+prefix", "clear",
				"clear-awaiting-sealing" }) String protection,
		@Schema(description = "Why the column holds nothing about a person; null for a personal one",
				example = "organisation data") @Nullable String notPersonalReason,
		@Schema(description = "Purposes that use it; empty until purposes exist") List<String> purposes,
		@Schema(description = "Its retention rule; null until retention exists") @Nullable String retention,
		@Schema(description = "Records holding a value (the stored, sealed value counted; nothing decrypted)") long filled,
		@Schema(description = "Records in the table") long records) {
}
