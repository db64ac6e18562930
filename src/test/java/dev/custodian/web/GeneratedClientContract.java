package dev.custodian.web;

import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Personas;
import generated.custodian.client.ApiClient;
import generated.custodian.client.ApiException;
import generated.custodian.client.ApiResponse;
import generated.custodian.client.api.ContactsApi;
import generated.custodian.client.model.Address;
import generated.custodian.client.model.Contact;
import generated.custodian.client.model.ContactInput;
import generated.custodian.client.model.ContactPage;
import generated.custodian.client.model.ContactPatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An integrator's view: a Java client generated from the committed OpenAPI document (at generate-test-sources,
 * by openapi-generator's {@code native} library) drives the running application over HTTP. When the document
 * stops describing what the API does, this stops compiling or fails.
 */
public abstract class GeneratedClientContract {

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

	ContactsApi contacts;

	@BeforeEach
	void connect() {
		String token = personas.token(Role.DPO);
		ApiClient client = new ApiClient();
		client.updateBaseUri("http://localhost:" + port);
		client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
		contacts = new ContactsApi(client);
	}

	@Test
	void createReadPatchListAndDeleteThroughTheGeneratedClient() throws ApiException {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		ApiResponse<Contact> created = contacts.createContactWithHttpInfo(new ContactInput().firstName("Ada")
			.lastName("Lovelace-" + tag)
			.email("ada." + tag + "@example.org")
			.phone("+44 20 7946 " + tag.substring(0, 4).replaceAll("[^0-9]", "1"))
			.lifecycleStage(ContactInput.LifecycleStageEnum.LEAD)
			.address(new Address().city("London").country("gb")));
		assertThat(created.getStatusCode()).isEqualTo(201);
		UUID id = created.getData().getId();
		assertThat(created.getHeaders().get("location")).containsExactly("/api/v1/contacts/" + id);
		assertThat(created.getData().getAddress().getCountry()).isEqualTo("GB");

		ApiResponse<Contact> read = contacts.getContactWithHttpInfo(id);
		String etag = read.getHeaders().get("etag").get(0);
		assertThat(read.getData().getEmail()).isEqualTo("ada." + tag + "@example.org");

		Contact patched = contacts.patchContact(id, new ContactPatch().jobTitle("Analyst"), etag);
		assertThat(patched.getJobTitle()).isEqualTo("Analyst");
		assertThat(patched.getLastName()).as("a merge patch keeps the fields it leaves out")
			.isEqualTo("Lovelace-" + tag);
		ApiException stale = catchThrowableOfType(ApiException.class,
				() -> contacts.patchContact(id, new ContactPatch().jobTitle("Engineer"), etag));
		assertThat(stale.getCode()).isEqualTo(412);
		assertThat(stale.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");

		ContactPage byEmail = contacts.listContacts("ada." + tag, null, null, null, null, null, 10, null);
		assertThat(byEmail.getItems()).extracting(Contact::getId).containsExactly(id);
		ContactPage byPhone = contacts.listContacts(patched.getPhone(), null, null, null, "lead", null, 10, null);
		assertThat(byPhone.getItems()).extracting(Contact::getId).contains(id);
		assertThat(byPhone.getNextCursor()).isNull();

		contacts.deleteContact(id, null);
		ApiException gone = catchThrowableOfType(ApiException.class, () -> contacts.getContact(id));
		assertThat(gone.getCode()).isEqualTo(404);
	}
}
