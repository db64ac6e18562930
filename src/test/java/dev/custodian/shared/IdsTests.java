package dev.custodian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTests {

	@Test
	void idsAreVersion7WithTheRfcVariant() {
		UUID id = Ids.newId();
		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
	}

	@Test
	void idsCarryTheirCreationTimeSoTheySortByIt() {
		long before = System.currentTimeMillis();
		UUID id = Ids.newId();
		assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, System.currentTimeMillis());
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(Ids.newId());
			long now = System.currentTimeMillis();
			while (System.currentTimeMillis() == now) {
				Thread.onSpinWait();
			}
		}
		assertThat(ids).isSortedAccordingTo(UUID::compareTo);
	}

	@Test
	void idsMadeInTheSameMillisecondStillIncrease() {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			ids.add(Ids.newId());
		}
		assertThat(ids).isSortedAccordingTo(UUID::compareTo).doesNotHaveDuplicates();
	}

	@Test
	void parsingRejectsWhatIsNotAUuid() {
		assertThat(Ids.parseOrNull("not-a-uuid")).isNull();
		assertThat(Ids.parseOrNull(null)).isNull();
		UUID id = Ids.newId();
		assertThat(Ids.parseOrNull(id.toString())).isEqualTo(id);
	}
}
