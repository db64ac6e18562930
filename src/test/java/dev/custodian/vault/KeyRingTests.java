package dev.custodian.vault;

import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRingTests {

	private final UUID ada = UUID.randomUUID();

	private final UUID bob = UUID.randomUUID();

	private final KeyRing ring = new KeyRing(Map.of(ada, Aead.newKey(), bob, Aead.newKey()));

	@Test
	void sealsAndOpensWithoutLeavingPlaintext() {
		byte[] sealed = ring.seal(ada, "contacts", "email", "ada@example.org");
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("ada@example");
		assertThat(ring.open(ada, "contacts", "email", sealed)).isEqualTo("ada@example.org");
		assertThat(ring.seal(ada, "contacts", "email", "ada@example.org")).isNotEqualTo(sealed);
		assertThat(ring.seal(ada, "contacts", "email", null)).isNull();
	}

	@Test
	void aCiphertextMovedToAnotherColumnOrSubjectDoesNotOpen() {
		byte[] sealed = ring.seal(ada, "contacts", "email", "ada@example.org");
		assertThatThrownBy(() -> ring.open(ada, "contacts", "phone", sealed)).isInstanceOf(VaultException.class)
			.hasMessageNotContaining("ada@example.org");
		assertThatThrownBy(() -> ring.open(ada, "companies", "email", sealed)).isInstanceOf(VaultException.class);
		assertThatThrownBy(() -> ring.open(bob, "contacts", "email", sealed)).isInstanceOf(VaultException.class);
	}

	@Test
	void anAlteredCiphertextDoesNotOpen() {
		byte[] sealed = ring.seal(ada, "contacts", "city", "Paris");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> ring.open(ada, "contacts", "city", sealed)).isInstanceOf(VaultException.class);
	}

	@Test
	void withoutItsKeyASubjectsDataCannotBeOpened() {
		byte[] sealed = ring.seal(ada, "contacts", "email", "ada@example.org");
		KeyRing shredded = new KeyRing(Map.of(bob, Aead.newKey()));
		assertThatThrownBy(() -> shredded.open(ada, "contacts", "email", sealed)).isInstanceOf(VaultException.class)
			.hasMessageContaining("no data key");
	}

	@Test
	void blindIndexesAreDeterministicPerKeyAndDomain() {
		BlindIndex index = new BlindIndex(Aead.newKey().getEncoded());
		assertThat(index.exact("email", "ada@example.org")).isEqualTo(index.exact("email", "ada@example.org"))
			.hasSize(32)
			.isNotEqualTo(index.exact("phone", "ada@example.org"));
		BlindIndex other = new BlindIndex(Aead.newKey().getEncoded());
		assertThat(other.exact("email", "ada@example.org")).isNotEqualTo(index.exact("email", "ada@example.org"));
		assertThat(index.prefixes("name", "john", 1, 3)).containsExactly(index.exact("name", "j"),
				index.exact("name", "jo"), index.exact("name", "joh"));
	}

	@Test
	void masterKeysMustBe256BitsOfBase64AndHaveStableIds() {
		SecretKey key = Aead.newKey();
		String encoded = Base64.getEncoder().encodeToString(key.getEncoded());
		assertThat(MasterKey.fromBase64(encoded, "test").id()).hasSize(16)
			.isEqualTo(MasterKey.fromBase64(encoded, "test").id());
		assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ=", "CUSTODIAN_MASTER_KEY"))
			.hasMessageContaining("256 bits");
		assertThatThrownBy(() -> MasterKey.fromBase64("%%%", "CUSTODIAN_MASTER_KEY")).hasMessageContaining("base64");
	}
}
