package dev.custodian.company;

import dev.custodian.customfield.CustomizableRecordType;
import org.springframework.stereotype.Component;

/**
 * Companies take custom fields: administrators add them for the record type {@code company}.
 */
@Component
class CompanyCustomFields implements CustomizableRecordType {

	@Override
	public String recordType() {
		return CompanyManagement.RECORD_TYPE;
	}

	@Override
	public String table() {
		return "companies";
	}
}
