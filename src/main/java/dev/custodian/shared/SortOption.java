package dev.custodian.shared;

/**
 * One entry of a list's sort choice: the sort code sent ({@code -updated}) and the message key of what users read
 * ({@code contact.sort.recently-updated}), which the page resolves in the reader's language.
 */
public record SortOption(String code, String messageKey) {
}
