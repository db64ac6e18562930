package dev.custodian.deal;

import dev.custodian.customfield.CustomizableRecordType;
import org.springframework.stereotype.Component;

/**
 * Deals take custom fields: administrators add them for the record type {@code deal}.
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
}
