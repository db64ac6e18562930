package dev.custodian.deal.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.deal.Board;
import dev.custodian.deal.DealBoards;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Pipelines;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.Violations;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board {@code /deals/board?pipeline=…}: a column per stage with its count and totals per currency, cards that
 * can be dragged to another column (static/js/deal-board.js) and, on every card, a "Move to" form that works from
 * the keyboard and without scripts. Filters by owner and expected-close range; a column longer than a page of cards
 * has its own "Show more" ({@code more=<stageId>:<position>}).
 */
@Controller
class DealBoardController {

	private final DealBoards boards;

	private final Pipelines pipelines;

	private final DealNames names;

	DealBoardController(DealBoards boards, Pipelines pipelines, DealNames names) {
		this.boards = boards;
		this.pipelines = pipelines;
		this.names = names;
	}

	@GetMapping("/deals/board")
	String board(@RequestParam(required = false) @Nullable String pipeline,
			@RequestParam(required = false) @Nullable String ownerId,
			@RequestParam(required = false) @Nullable String closeFrom,
			@RequestParam(required = false) @Nullable String closeTo,
			@RequestParam(required = false) @Nullable List<String> more, HttpServletRequest request, Model model) {
		List<Pipeline> all = pipelines.all();
		Violations violations = new Violations();
		UUID pipelineId = Ids.optional(pipeline, "pipeline", violations);
		UUID owner = Ids.optional(ownerId, "ownerId", violations);
		LocalDate from = DealQueries.date(closeFrom, "closeFrom", violations);
		LocalDate to = DealQueries.date(closeTo, "closeTo", violations);
		Map<UUID, String> positions = new HashMap<>();
		for (String m : more == null ? List.<String>of() : more) {
			int colon = m.indexOf(':');
			UUID stage = colon < 0 ? null : Ids.parseOrNull(m.substring(0, colon));
			if (stage == null) {
				violations.add("more", "is not a position this server issued");
			}
			else {
				positions.put(stage, m.substring(colon + 1));
			}
		}
		Board board;
		if (!violations.isEmpty()) {
			model.addAttribute("filterProblems", violations.list());
			board = boards.board(all.get(0).id(), null, null, null, Map.of());
			from = null;
			to = null;
			owner = null;
		}
		else {
			try {
				board = boards.board(pipelineId == null ? all.get(0).id() : pipelineId, owner, from, to, positions);
			}
			catch (InvalidInputException ex) {
				model.addAttribute("filterProblems", ex.violations());
				board = boards.board(pipelineId == null ? all.get(0).id() : pipelineId, owner, from, to, Map.of());
			}
		}
		List<dev.custodian.deal.Deal> cards = board.columns().stream().flatMap(c -> c.cards().stream()).toList();
		UriComponentsBuilder self = UriComponentsBuilder.fromPath("/deals/board")
			.queryParam("pipeline", board.pipeline().id());
		if (owner != null) {
			self.queryParam("ownerId", owner);
		}
		if (from != null) {
			self.queryParam("closeFrom", from);
		}
		if (to != null) {
			self.queryParam("closeTo", to);
		}
		model.addAttribute("board", board);
		model.addAttribute("pipelines", all);
		model.addAttribute("self", self.build().toUriString());
		model.addAttribute("ownerId", owner == null ? "" : owner.toString());
		model.addAttribute("closeFrom", from == null ? "" : from.toString());
		model.addAttribute("closeTo", to == null ? "" : to.toString());
		model.addAttribute("owners", names.owners());
		model.addAttribute("ownerNames", names.ownerNames(cards));
		model.addAttribute("companyNames", names.companies(cards));
		return "deal/board";
	}
}
