package dev.custodian.company;

import java.util.Map;

import dev.custodian.shared.ConflictException;

/**
 * The company is a sole trader whose data is restricted (Art. 18): it may only be stored, so every change and
 * deletion is refused until the restriction is lifted. The API answers 409; pages say so in plain words.
 */
public class CompanyRestrictedException extends ConflictException {

	/** What the API answers, in English. */
	public static final String MESSAGE = "This person's data is restricted (Art. 18): it can only be stored until "
			+ "the restriction is lifted";

	public CompanyRestrictedException(CompanyId id) {
		super(MESSAGE, Map.of("companyId", id.value()));
	}
}
