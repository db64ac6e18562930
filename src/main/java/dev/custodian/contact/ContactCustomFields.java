package dev.custodian.contact;

import dev.custodian.customfield.CustomizableRecordType;
import org.springframework.stereotype.Component;

/**
 * Contacts take custom fields: administrators add them for the record type {@code contact}.
 */
@Component
class ContactCustomFields implements CustomizableRecordType {

	@Override
	public String recordType() {
		return ContactManagement.RECORD_TYPE;
	}

	@Override
	public String table() {
		return SealedContactRow.TABLE;
	}
}
