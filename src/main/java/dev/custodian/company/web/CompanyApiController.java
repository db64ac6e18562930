package dev.custodian.company.web;

import java.net.URI;
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
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Versions;
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
		Violations violations = new Violations();
		ListSort order = CompanyQuery.DEFAULT_SORT;
		try {
			order = CompanyQuery.sort(sort);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		PageRequest page = PageRequest.first(1);
		try {
			page = PageRequest.parse(limit, cursor);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		Boolean kind = null;
		try {
			kind = CompanyQuery.soleTrader(soleTrader);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		CustomFieldFilter custom = CustomFieldFilter.NONE;
		try {
			custom = customFields.filter(CompanyManagement.RECORD_TYPE, request.getParameterMap());
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		violations.throwIfAny();
		CompanyQuery query = new CompanyQuery(q, kind, order, page, custom);
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
		return ResponseEntity.created(URI.create("/api/v1/companies/" + company.id()))
			.eTag(Versions.etag(company.version()))
			.body(resource(company));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<CompanyResource> get(@PathVariable String id) {
		Company company = companies.get(companyId(id));
		return ResponseEntity.ok().eTag(Versions.etag(company.version())).body(resource(company));
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
		companies.delete(companyId(id), ifMatch == null ? null : Versions.expected(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<CompanyResource> updated(Company company) {
		return ResponseEntity.ok().eTag(Versions.etag(company.version())).body(resource(company));
	}

	private CompanyResource resource(Company company) {
		return CompanyResource.of(company, customFields.valuesOf(CompanyManagement.RECORD_TYPE, company.id().value()));
	}

	private static CompanyId companyId(String id) {
		UUID uuid = Ids.parseOrNull(id);
		if (uuid == null) {
			throw new NotFoundException("company", "(malformed id)");
		}
		return new CompanyId(uuid);
	}

	private void check(CompanyForm form, Violations violations) {
		if (!violations.isEmpty()) {
			violations.addAll(companies.problemsWith(form));
		}
		violations.throwIfAny();
	}
}
