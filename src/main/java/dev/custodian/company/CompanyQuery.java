package dev.custodian.company;

import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the company list: {@code q} matches the start of the name or the domain.
 */
public record CompanyQuery(@Nullable String q, PageRequest page) {
}
