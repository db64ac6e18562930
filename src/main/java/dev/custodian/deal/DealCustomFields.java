package dev.custodian.deal;

import dev.custodian.customfield.CustomizableRecordType;
import org.springframework.stereotype.Component;

/**
 * Deals take custom fields: administrators add them for the record type {@code deal}, never personal ones (see
 * {@link #aboutPeople()}).
 */
@Component
class DealCustomFields implements CustomizableRecordType {

	@Override
	public String recordType() {
		return DealManagement.RECORD_TYPE;
	}

	@Override
	public String table() {
		return "deals";
	}

	/** A deal is not a person: its fields hold no personal data (the people in it are contacts). */
	@Override
	public boolean aboutPeople() {
		return false;
	}
}
