package dev.custodian.view;

import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.SignedInUser;
import dev.custodian.support.SubjectFixture;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A user (the signed-in administrator) with a saved view. Saved views hold no field declared personal; the view
 * module's holder exports them all the same.
 */
class ViewSubjectFixture implements SubjectFixture {

	private final SavedViews views;

	ViewSubjectFixture(SavedViews views) {
		this.views = views;
	}

	@Override
	public String module() {
		return "view";
	}

	@Override
	public UUID createFullyFilledSubject() {
		views.save("contacts", "Filled " + UUID.randomUUID().toString().substring(0, 8),
				Map.of("lifecycleStage", "customer"), "-updated");
		return ((SignedInUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).userId();
	}
}
