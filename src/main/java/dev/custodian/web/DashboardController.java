package dev.custodian.web;

import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: how many contacts and companies there are, and the contacts changed most recently. Where
 * encryption keys stand is on the administrator's status page ({@link StatusPageController}).
 */
@Controller
class DashboardController {

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	DashboardController(ContactManagement contacts, CompanyManagement companies) {
		this.contacts = contacts;
		this.companies = companies;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal CustodianPrincipal me, Model model) {
		if (me.can(Permission.CONTACT_READ)) {
			model.addAttribute("contactCount", contacts.count());
			model.addAttribute("recent", contacts.list(ContactQuery.firstPage(8)).items());
		}
		if (me.can(Permission.COMPANY_READ)) {
			model.addAttribute("companyCount", companies.count());
		}
		return "dashboard";
	}
}
