package dev.custodian.company;

import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the company list: {@code q} matches the start of the name or the domain.
 */
public record CompanyQuery(@Nullable String q, PageRequest page) {

	/** @throws dev.custodian.shared.InvalidInputException when {@code q} holds control characters */
	public CompanyQuery {
		Text.checkSearch("q", q);
	}
}
