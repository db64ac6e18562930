package dev.custodian.shared;

/** One entry of a list's sort choice: the sort code sent ({@code -updated}) and what users read. */
public record SortOption(String code, String label) {
}
