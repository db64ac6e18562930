package dev.custodian.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whether a role shall work on its own records only.
 *
 * @param ownedRecordsOnly true to limit the role, false to lift the limit
 */
@Schema(name = "OwnerLimitInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
record OwnerLimitInput(@Schema(example = "true") boolean ownedRecordsOnly) {
}
