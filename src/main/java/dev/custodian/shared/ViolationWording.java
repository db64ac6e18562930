package dev.custodian.shared;

/**
 * Says a violation's English message (what the service layer reports and API clients read) in the language of the
 * current request, for modules whose pages build a sentence around violations in Java (a bulk action's "Nothing was
 * changed: …"). The web module implements it; the interface lives here so that modules the web module depends on
 * can use it without a cycle.
 */
public interface ViolationWording {

	/** The message in the current request's language, or the English message when it has no translation. */
	String text(String englishMessage);

	/**
	 * The wording to use: the web module's when the application has one, else the English messages as they are
	 * (a module tested on its own, without the web module).
	 */
	static ViolationWording of(org.springframework.beans.factory.ObjectProvider<ViolationWording> available) {
		return available.getIfAvailable(() -> message -> message);
	}
}
