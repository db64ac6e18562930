package dev.custodian.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The special categories a role shall have, replacing what it had.
 *
 * @param categories special-category codes such as {@code special.health}; an empty list withdraws every grant
 */
@Schema(name = "SpecialCategoryGrantInput")
record SpecialCategoryGrantInput(@ArraySchema(schema = @Schema(example = "special.health")) List<String> categories) {
}
