package dev.custodian.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;

/**
 * What every list's bulk action says: the selection read from the form, the page that asks before a destructive
 * action ({@code bulk/confirm}), and the texts of its notices and problems in the reader's language. A bulk
 * controller keeps only its own actions; it makes one of these in its constructor (this is not a bean).
 */
public final class BulkAnswers {

	private final MessageSource messages;

	private final ViolationWording wording;

	/**
	 * @param messages the page texts
	 * @param wording the translation of violation messages, when the application has one
	 */
	public BulkAnswers(MessageSource messages, ObjectProvider<ViolationWording> wording) {
		this.messages = messages;
		this.wording = ViolationWording.of(wording);
	}

	/**
	 * The selected records' ids, in the order given.
	 * @param ids the ids the form sent (none when nothing was selected)
	 * @param toId makes the record type's id
	 * @param notAnId the violation when one is not an id ("the selection holds something that is not a contact")
	 * @throws InvalidInputException naming {@code ids} when one is not an id
	 */
	public <T> List<T> selection(@Nullable List<String> ids, Function<UUID, T> toId, String notAnId) {
		List<T> selected = new ArrayList<>();
		for (String id : ids == null ? List.<String>of() : ids) {
			UUID uuid = Ids.parseOrNull(id);
			if (uuid == null) {
				throw InvalidInputException.of("ids", notAnId);
			}
			selected.add(toId.apply(uuid));
		}
		return selected;
	}

	/**
	 * Fills the page that asks before a destructive bulk action and names it.
	 * @param model the page's model
	 * @param listSection the navigation section to mark
	 * @param list the list's path ({@code /contacts}); the form posts to its {@code /bulk}
	 * @param bulkAction the action the button confirms
	 * @param selected the selected ids
	 * @param question the question, explanation and button label, already in the reader's language
	 * @return the view name
	 */
	public String confirm(Model model, String listSection, String list, String bulkAction, List<?> selected,
			String question, String explanation, String button) {
		model.addAttribute("listSection", listSection);
		model.addAttribute("question", question);
		model.addAttribute("explanation", explanation);
		model.addAttribute("action", list + "/bulk");
		model.addAttribute("bulkAction", bulkAction);
		model.addAttribute("ids", selected.stream().map(Object::toString).toList());
		model.addAttribute("button", button);
		model.addAttribute("back", list);
		return "bulk/confirm";
	}

	/** The text under {@code key} with every violation of {@code invalid} as its argument, joined by "; ". */
	public String invalid(String key, InvalidInputException invalid) {
		return text(key,
				String.join("; ", invalid.violations().stream().map(v -> wording.text(v.message())).toList()));
	}

	/** A text of the page in the reader's language. */
	public String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
