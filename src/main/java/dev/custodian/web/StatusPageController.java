package dev.custodian.web;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import dev.custodian.vault.Vault;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's status page: which version runs, where encryption keys stand (and so whether a master-key
 * rotation has finished), and the way to verify the audit chain.
 */
@Controller
class StatusPageController {

	private final Vault vault;

	private final ObjectProvider<BuildProperties> build;

	StatusPageController(Vault vault, ObjectProvider<BuildProperties> build) {
		this.vault = vault;
		this.build = build;
	}

	@GetMapping("/admin/status")
	@PreAuthorize("hasAuthority('user:admin')")
	String status(Model model) {
		BuildProperties properties = build.getIfAvailable();
		// build-info.properties comes from the Maven build; a run from an IDE without it is still worth a page
		// null: the page says "development build" in the reader's language
		model.addAttribute("version", properties == null ? null : properties.getVersion());
		model.addAttribute("builtAt", properties == null ? null : properties.getTime());
		model.addAttribute("java", Runtime.version().toString());
		model.addAttribute("startedAt", Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()));
		model.addAttribute("keys", vault.status());
		return "admin/status";
	}
}
