package dev.custodian.vault.web;

import dev.custodian.vault.KeyStatus;
import dev.custodian.vault.Vault;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/keys}: where master-key rotation stands (ADMIN).
 */
@RestController
@RequestMapping("/api/v1/admin/keys")
@Tag(name = "Keys", description = "Master-key rotation status (ADMIN)")
class KeyAdminApiController {

	private final Vault vault;

	KeyAdminApiController(Vault vault) {
		this.vault = vault;
	}

	@GetMapping
	@Operation(operationId = "keyStatus", summary = "Rotation status", description = "When wrappedWithPreviousKeys reaches 0, the previous master keys can be dropped.")
	KeyStatus status() {
		return vault.status();
	}
}
