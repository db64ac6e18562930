package dev.custodian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTests {

	@Test
	void defaultsTo50AndAcceptsUpTo200() {
		assertThat(PageRequest.parse(null, null).limit()).isEqualTo(50);
		assertThat(PageRequest.parse("200", null).limit()).isEqualTo(200);
	}

	@Test
	void namesEveryMalformedParameter() {
		assertThatThrownBy(() -> PageRequest.parse("201", "%%%"))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.extracting(FieldViolation::field)
				.containsExactly("limit", "cursor"));
		assertThatThrownBy(() -> PageRequest.parse("ten", null)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void cursorsRoundTrip() {
		Cursor cursor = Cursor.of("1700000000000000", "01a22689-49b6-7815-8539-2081e7c1930c");
		assertThat(PageRequest.parse("10", cursor.encode()).cursor()).isEqualTo(cursor);
	}
}
