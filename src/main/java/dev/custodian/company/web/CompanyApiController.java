package dev.custodian.company.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyForm;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.Ids;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Versions;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Violations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/companies}: create, read, replace, merge-patch, delete and list companies, with their custom
 * fields.
 */
@RestController
@RequestMapping("/api/v1/companies")
class CompanyApiController implements CompanyApiDocs {

	private final CompanyManagement companies;

	private final CustomFields customFields;

	CompanyApiController(CompanyManagement companies, CustomFields customFields) {
		this.companies = companies;
		this.customFields = customFields;
	}

	@GetMapping
	@Override
	public CountedPage<CompanyResource> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String soleTrader,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor, HttpServletRequest request) {
		CompanyQuery query = CompanyListParameters.query(request.getParameterMap(), customFields);
		CountedPage<Company> found = CountedPage.of(companies.list(query), companies.count(query));
		Map<UUID, CustomValues> values = customFields.valuesOf(CompanyManagement.RECORD_TYPE,
				found.items().stream().map(c -> c.id().value()).toList());
		return found.map(c -> CompanyResource.of(c, values.get(c.id().value())));
	}

	@PostMapping
	@Override
	public ResponseEntity<CompanyResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		CompanyForm form = CompanyResource.read(body, CompanyForm.empty(), violations);
		check(form, violations);
		Company company = companies.create(form);
		return VersionedAnswers.created("/api/v1/companies", company.id(), company.version(), resource(company));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<CompanyResource> get(@PathVariable String id) {
		return updated(companies.get(companyId(id)));
	}

	@PutMapping("/{id}")
	@Override
	public ResponseEntity<CompanyResource> replace(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		CompanyId companyId = companyId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		CompanyForm form = CompanyResource.read(body, CompanyForm.empty(), violations);
		check(form, violations);
		return updated(companies.update(companyId, form, expected));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<CompanyResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		CompanyId companyId = companyId(id);
		long expected = Versions.expected(ifMatch);
		return updated(companies.patch(companyId, current -> {
			Violations violations = new Violations();
			CompanyForm form = CompanyResource.read(body, current, violations);
			check(form, violations);
			return form;
		}, expected));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		companies.delete(companyId(id), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<CompanyResource> updated(Company company) {
		return VersionedAnswers.current(company.version(), resource(company));
	}

	private CompanyResource resource(Company company) {
		return CompanyResource.of(company, customFields.valuesOf(CompanyManagement.RECORD_TYPE, company.id().value()));
	}

	private static CompanyId companyId(String id) {
		return new CompanyId(Ids.parseOrNotFound(id, "company"));
	}

	private void check(CompanyForm form, Violations violations) {
		violations.throwIfAnyWith(() -> companies.problemsWith(form));
	}
}
