package dev.custodian.deal.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.deal.DealForecasts;
import dev.custodian.deal.Forecast;
import dev.custodian.deal.Pipelines;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forecast page {@code /deals/forecast}: for each currency apart, a table of months by owner with the weighted
 * amounts and the months' totals, the default currency first.
 */
@Controller
class DealForecastPageController {

	private final DealForecasts forecasts;

	private final Pipelines pipelines;

	private final DealNames names;

	DealForecastPageController(DealForecasts forecasts, Pipelines pipelines, DealNames names) {
		this.forecasts = forecasts;
		this.pipelines = pipelines;
		this.names = names;
	}

	@GetMapping("/deals/forecast")
	String forecast(@RequestParam(required = false) @Nullable String pipelineId,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Model model) {
		ForecastRange range;
		try {
			range = ForecastRange.parse(pipelineId, null, from, to);
			model.addAttribute("forecast", forecasts.forecast(range.pipelineId(), null, range.from(), range.to()));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("filterProblems", ex.violations());
			range = ForecastRange.parse(null, null, null, null);
			model.addAttribute("forecast", forecasts.forecast(null, null, range.from(), range.to()));
		}
		Forecast forecast = (Forecast) model.getAttribute("forecast");
		Set<UUID> owners = new LinkedHashSet<>();
		forecast.currencies().forEach(c -> c.months().forEach(m -> m.owners().forEach(o -> owners.add(o.ownerId()))));
		List<UUID> ownerIds = new ArrayList<>(owners);
		model.addAttribute("ownerIds", ownerIds);
		model.addAttribute("ownerNames", names.ownerNamesOf(ownerIds));
		model.addAttribute("range", range);
		model.addAttribute("pipelines", pipelines.all());
		return "deal/forecast";
	}
}
