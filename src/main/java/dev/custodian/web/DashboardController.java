package dev.custodian.web;

import java.util.Locale;

import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: how many contacts and companies there are, the figures every module contributes (see
 * {@link DashboardCharts}), for the signed-in user or, with {@code report:team} and {@code ?scope=team}, for the
 * team, and the contacts changed most recently. A caller without {@code report:team} who asks for the team sees
 * their own figures with a notice saying so. Where encryption keys stand is on the administrator's status page
 * ({@link StatusPageController}).
 */
@Controller
class DashboardController {

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	private final DashboardCharts charts;

	DashboardController(ContactManagement contacts, CompanyManagement companies, DashboardCharts charts) {
		this.contacts = contacts;
		this.companies = companies;
		this.charts = charts;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal CustodianPrincipal me,
			@RequestParam(required = false) @Nullable String scope, Locale locale, Model model) {
		if (me.can(Permission.CONTACT_READ)) {
			model.addAttribute("contactCount", contacts.count());
			model.addAttribute("recent", contacts.list(ContactQuery.firstPage(8)).items());
		}
		if (me.can(Permission.COMPANY_READ)) {
			model.addAttribute("companyCount", companies.count());
		}
		boolean mayTeam = me.can(Permission.REPORT_TEAM);
		boolean team = "team".equals(scope) && mayTeam;
		model.addAttribute("mayTeam", mayTeam);
		model.addAttribute("team", team);
		model.addAttribute("teamRefused", "team".equals(scope) && !mayTeam);
		model.addAttribute("charts", charts.charts(team, locale));
		return "dashboard";
	}
}
