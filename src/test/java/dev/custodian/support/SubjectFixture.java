package dev.custodian.support;

import java.util.UUID;

/**
 * Test support each module that holds personal data provides, next to its tests: creates a data subject for whom the
 * module holds at least one record, with every field the catalogue declares personal for the module's tables filled
 * in. The architecture test ({@code PersonalDataHolderContract}) finds every implementation on the test class path,
 * creates it with its constructor's beans autowired, and checks the module's holder exports every declared field of
 * that subject with its declared category; so a new module plugs in with its declarations, its holder and one of
 * these, without editing the test.
 *
 * <p>It runs signed in as an administrator.
 */
public interface SubjectFixture {

	/** The module whose holder exports the subject, as {@code PersonalDataHolder.module()} names it. */
	String module();

	/** Creates the subject through the module's own services and returns its subject id. */
	UUID createFullyFilledSubject();

	/**
	 * For a module whose records belong to subjects of several kinds (custom values of contacts and of companies,
	 * say): one subject of each kind, between them filling every declared field. The check takes their exports
	 * together.
	 */
	default java.util.List<UUID> createFullyFilledSubjects() {
		return java.util.List.of(createFullyFilledSubject());
	}
}
