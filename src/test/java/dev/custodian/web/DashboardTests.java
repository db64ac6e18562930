package dev.custodian.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.custodian.identity.Role;
import dev.custodian.shared.DashboardFigures;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The dashboard draws every module's figures: each as a Chart.js canvas fed by a JSON data attribute, with its
 * table for screen readers, in the figures' order, "nothing yet" for a figure without data; the team's figures
 * only with {@code report:team} (administrators and managers); no inline script for the content security policy to
 * refuse. A test bean stands in for the modules' figures.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:dashboard;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY })
@AutoConfigureMockMvc
@Import({ Personas.class, DashboardTests.TestFigures.class })
class DashboardTests {

	private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Personas personas;

	@Autowired
	DashboardCharts charts;

	@Test
	void everyRoleSeesEachFigureAsAChartWithItsTableInTheFiguresOrder() throws Exception {
		for (Role role : Role.values()) {
			MockHttpServletResponse page = dashboard("/", role);
			assertThat(page.getStatus()).as(role.name()).isEqualTo(200);
			String html = page.getContentAsString();
			assertThat(html).as(role.name())
				.contains("<canvas id=\"figure-test-pipeline\" role=\"img\"", "data-figure=\"{&quot;chart&quot;:&quot;bar&quot;",
						"<caption>Pipeline (mine) (in EUR)</caption>", "<th scope=\"col\">Amount</th>",
						"<th scope=\"row\">Lead</th>", "<td>€1,200.50</td>", "<td>€300.00</td>",
						"My figures", "The figures as a table")
				.doesNotContain("Pipeline (team)");
			assertThat(html.indexOf("Open tickets (mine)")).as("ordered by order").isPositive()
				.isLessThan(html.indexOf("Pipeline (mine)"));
			assertThat(html.indexOf("Pipeline (mine)")).isLessThan(html.indexOf("Calls (mine)"));
		}
	}

	@Test
	void aFigureWithoutDataSaysNothingYetInsteadOfAnEmptyChart() throws Exception {
		String html = dashboard("/", Role.SUPPORT).getContentAsString();
		String empty = html.substring(html.indexOf("Open tickets (mine)"), html.indexOf("Pipeline (mine)"));
		assertThat(empty).contains("Nothing yet.").doesNotContain("<canvas", "<table");
		String zeros = html.substring(html.indexOf("Calls (mine)"));
		assertThat(zeros).contains("Nothing yet.").doesNotContain("<canvas");
	}

	@Test
	void theTeamsFiguresOnlyWithReportTeam() throws Exception {
		String admin = dashboard("/?scope=team", Role.ADMIN).getContentAsString();
		assertThat(admin).contains("The team&#39;s figures", "Pipeline (team)", "href=\"/?scope=team\"")
			.doesNotContain("Pipeline (mine)");
		assertThat(dashboard("/", Role.ADMIN).getContentAsString()).contains("href=\"/?scope=team\"", "Pipeline (mine)");
		for (Role role : List.of(Role.DPO, Role.SALES, Role.MARKETING, Role.SUPPORT, Role.READ_ONLY)) {
			MockHttpServletResponse refused = dashboard("/?scope=team", role);
			assertThat(refused.getStatus()).isEqualTo(200);
			assertThat(refused.getContentAsString()).as(role.name())
				.contains("You may see only your own figures", "Pipeline (mine)")
				.doesNotContain("Pipeline (team)", "scope=team");
		}
		SecurityContextHolder.getContext().setAuthentication(personas.session(Role.SALES));
		try {
			assertThatThrownBy(() -> charts.charts(true, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
			assertThat(charts.charts(false, Locale.ENGLISH))
				.filteredOn(chart -> chart.figure().key().startsWith("test."))
				.extracting(chart -> chart.figure().title())
				.containsExactly("Open tickets (mine)", "Pipeline (mine)", "Calls (mine)");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void aManagerSeesTheTeamsFiguresAndSalesStillDoesNot() throws Exception {
		String manager = dashboard("/?scope=team", Role.MANAGER).getContentAsString();
		assertThat(manager).contains("The team&#39;s figures", "Pipeline (team)", "Open tickets (team)")
			.doesNotContain("Pipeline (mine)", "You may see only your own figures");
		assertThat(dashboard("/", Role.MANAGER).getContentAsString()).contains("href=\"/?scope=team\"",
				"Pipeline (mine)");
		assertThat(dashboard("/?scope=team", Role.SALES).getContentAsString())
			.contains("You may see only your own figures", "Pipeline (mine)").doesNotContain("Pipeline (team)");
		SecurityContextHolder.getContext().setAuthentication(personas.session(Role.MANAGER));
		try {
			assertThat(charts.charts(true, Locale.ENGLISH))
				.filteredOn(chart -> chart.figure().key().startsWith("test."))
				.extracting(chart -> chart.figure().title())
				.containsExactly("Open tickets (team)", "Pipeline (team)", "Calls (team)");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		SecurityContextHolder.getContext().setAuthentication(personas.session(Role.SALES));
		try {
			assertThatThrownBy(() -> charts.charts(true, Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theChartsComeFromTheJarWithTheNonceAndNoInlineScript() throws Exception {
		MockHttpServletResponse page = dashboard("/", Role.READ_ONLY);
		String policy = page.getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline' ;", "script-src 'self' 'unsafe");
		String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
		List<String> scripts = SCRIPT.matcher(page.getContentAsString()).results().map(m -> m.group()).toList();
		assertThat(scripts).anyMatch(tag -> tag.contains("src=\"/webjars/chart.js/4.4.1/dist/chart.umd.js\""))
			.anyMatch(tag -> tag.contains("src=\"/js/dashboard.js\""))
			.allMatch(tag -> tag.contains(" src=\"") && tag.contains("nonce=\"" + nonce + "\""));
		for (String asset : List.of("/webjars/chart.js/4.4.1/dist/chart.umd.js", "/js/dashboard.js")) {
			MockHttpServletResponse script = dashboard(asset, Role.READ_ONLY);
			assertThat(script.getStatus()).as(asset).isEqualTo(200);
			assertThat(script.getContentType()).contains("javascript");
		}
	}

	private MockHttpServletResponse dashboard(String path, Role role) throws Exception {
		return mvc.perform(get(path).with(authentication(personas.session(role)))).andReturn().getResponse();
	}

	/** Figures as a module would give them: one with data, one with none, one with only zeros. */
	@TestComponent
	static class TestFigures implements DashboardFigures {

		@Override
		public List<Figure> figures(boolean team, Locale locale) {
			String whose = team ? "team" : "mine";
			return List.of(
					new Figure("test.pipeline", "Pipeline (" + whose + ")", "bar", List.of("Lead", "Won"),
							List.of(new Series("Amount", List.of(new BigDecimal("1200.50"), new BigDecimal("300")))),
							"EUR", null, 20),
					new Figure("test.calls", "Calls (" + whose + ")", "line", List.of("May", "June"),
							List.of(new Series("Calls", List.of(BigDecimal.ZERO, BigDecimal.ZERO))), null, null, 30),
					new Figure("test.tickets", "Open tickets (" + whose + ")", "doughnut", List.of(), List.of(), null,
							null, 10));
		}
	}
}
