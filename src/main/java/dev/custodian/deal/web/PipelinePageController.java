package dev.custodian.deal.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import dev.custodian.deal.Pipeline;
import dev.custodian.deal.PipelineForm;
import dev.custodian.deal.Pipelines;
import dev.custodian.deal.Stage;
import dev.custodian.deal.StageForm;
import dev.custodian.deal.StageInUseException;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pipeline page under {@code /admin/pipelines}: every pipeline with its stages, each row a
 * small form (rename, change the probability, move up or down), and pages that ask before a stage or a pipeline is
 * removed, offering to move the deals of a stage that holds some. Every form carries the pipeline's version; a
 * change someone else made meanwhile is reported, not overwritten.
 */
@Controller
@RequestMapping("/admin/pipelines")
@PreAuthorize("hasAuthority('user:admin')")
class PipelinePageController {

	private static final String LIST = "redirect:/admin/pipelines";

	private final Pipelines pipelines;

	private final MessageSource messages;

	PipelinePageController(Pipelines pipelines, MessageSource messages) {
		this.pipelines = pipelines;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("pipelines", pipelines.all());
		return "deal/pipelines";
	}

	@PostMapping
	String create(@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String stageName,
			@RequestParam(required = false) @Nullable String probability, Model model, RedirectAttributes redirect) {
		PipelineForm form = new PipelineForm(name, null, List.of(new StageForm(stageName, number(probability))));
		return attempt(model, redirect, () -> {
			Pipeline created = pipelines.create(form);
			return text("deal.notice.created", created.name());
		});
	}

	@PostMapping("/{id}")
	String rename(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String name, Model model, RedirectAttributes redirect) {
		UUID pipelineId = pipelineId(id);
		return attempt(model, redirect, () -> {
			pipelines.rename(pipelineId, name, pipelines.get(pipelineId).displayOrder(), version);
			return text("deal.notice.saved");
		});
	}

	@PostMapping("/{id}/stages")
	String addStage(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String probability, Model model, RedirectAttributes redirect) {
		UUID pipelineId = pipelineId(id);
		return attempt(model, redirect, () -> {
			pipelines.addStage(pipelineId, new StageForm(name, number(probability)), version);
			return text("deal.notice.saved");
		});
	}

	@PostMapping("/{id}/stages/{stageId}")
	String changeStage(@PathVariable String id, @PathVariable String stageId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable String probability, Model model, RedirectAttributes redirect) {
		UUID pipelineId = pipelineId(id);
		UUID stage = pipelineId(stageId);
		return attempt(model, redirect, () -> {
			pipelines.changeStage(pipelineId, stage, new StageForm(name, number(probability)), version);
			return text("deal.notice.saved");
		});
	}

	@PostMapping("/{id}/stages/{stageId}/move")
	String move(@PathVariable String id, @PathVariable String stageId, @RequestParam long version,
			@RequestParam(defaultValue = "down") String direction, Model model, RedirectAttributes redirect) {
		UUID pipelineId = pipelineId(id);
		UUID stage = pipelineId(stageId);
		return attempt(model, redirect, () -> {
			pipelines.moveStage(pipelineId, stage, "up".equals(direction) ? -1 : 1, version);
			return text("deal.notice.saved");
		});
	}

	@GetMapping("/{id}/stages/{stageId}/remove")
	String confirmRemoveStage(@PathVariable String id, @PathVariable String stageId, Model model) {
		Pipeline pipeline = pipelines.get(pipelineId(id));
		UUID stageUuid = pipelineId(stageId);
		Stage stage = pipeline.stage(stageUuid).orElseThrow(() -> new NotFoundException("stage", stageUuid));
		model.addAttribute("pipeline", pipeline);
		model.addAttribute("stage", stage);
		model.addAttribute("deals", pipelines.dealsIn(stage.id()));
		return "deal/remove-stage";
	}

	@PostMapping("/{id}/stages/{stageId}/remove")
	String removeStage(@PathVariable String id, @PathVariable String stageId, @RequestParam long version,
			@RequestParam(required = false) @Nullable String moveDealsTo, Model model, RedirectAttributes redirect) {
		UUID pipelineId = pipelineId(id);
		UUID stage = pipelineId(stageId);
		UUID target = Ids.parseOrNull(moveDealsTo);
		String name = pipelines.get(pipelineId).stage(stage).map(Stage::name).orElse("");
		try {
			return attempt(model, redirect, () -> {
				pipelines.removeStage(pipelineId, stage, target, version);
				return text("deal.notice.stage-removed", name);
			});
		}
		catch (StageInUseException ex) {
			return "redirect:/admin/pipelines/" + pipelineId + "/stages/" + stage + "/remove";
		}
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable String id, Model model) {
		model.addAttribute("pipeline", pipelines.get(pipelineId(id)));
		return "deal/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		UUID pipelineId = pipelineId(id);
		String name = pipelines.get(pipelineId).name();
		try {
			return attempt(model, redirect, () -> {
				pipelines.delete(pipelineId, version);
				return text("deal.notice.removed", name);
			});
		}
		catch (StageInUseException ex) {
			redirect.addFlashAttribute("problem", text("deal.problem.in-use"));
			return LIST;
		}
	}

	/**
	 * Runs a change and goes back to the list, with its notice or what went wrong: the invalid fields, a change
	 * someone made meanwhile, or a conflict in words. A stage still holding deals is left to the caller.
	 */
	private String attempt(Model model, RedirectAttributes redirect, Supplier<String> change) {
		try {
			redirect.addFlashAttribute("notice", change.get());
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.violations());
			return list(model);
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problem", text("deal.problem.stale"));
		}
		catch (StageInUseException ex) {
			throw ex;
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", text(conflictKey(ex)));
		}
		return LIST;
	}

	private static String conflictKey(ConflictException ex) {
		if (ex.properties().containsKey("existingPipelineId")) {
			return "deal.problem.name-taken";
		}
		return ex.properties().containsKey("stageId") ? "deal.problem.last-stage" : "deal.problem.last-pipeline";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** A number field as posted: not a whole number is read as missing, which the rules report as required. */
	private static @Nullable Integer number(@Nullable String text) {
		if (text == null || !text.strip().matches("-?\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(text.strip());
	}

	private static UUID pipelineId(String id) {
		UUID uuid = Ids.parseOrNull(id);
		if (uuid == null) {
			throw new NotFoundException("pipeline", "(malformed id)");
		}
		return uuid;
	}
}
