package dev.custodian.deal.web;

import dev.custodian.deal.DealForecasts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/deals/forecast}: expected revenue by month, per owner and currency. */
@RestController
@Tag(name = "Deals")
class DealForecastApiController {

	private final DealForecasts forecasts;

	DealForecastApiController(DealForecasts forecasts) {
		this.forecasts = forecasts;
	}

	@GetMapping("/api/v1/deals/forecast")
	@Operation(operationId = "getDealForecast", summary = "Forecast by month of expected close",
			description = "Open deals weighted by their stage's probability, won ones in full, lost ones left out; per "
					+ "month, per owner and in total. Each currency is reported apart, the default currency "
					+ "(custodian.default-currency) first; amounts are never converted or added across currencies. "
					+ "At most 36 months at once. Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "The forecast",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ForecastResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ForecastResource forecast(
			@Parameter(description = "Only deals of this pipeline", schema = @Schema(format = "uuid"))
			@RequestParam(required = false) @Nullable String pipelineId,
			@Parameter(description = "Only deals owned by this user", schema = @Schema(format = "uuid"))
			@RequestParam(required = false) @Nullable String ownerId,
			@Parameter(description = "First month, such as 2026-12; defaults to this month")
			@RequestParam(required = false) @Nullable String from,
			@Parameter(description = "Last month, such as 2027-05; defaults to five months after from")
			@RequestParam(required = false) @Nullable String to) {
		ForecastRange range = ForecastRange.parse(pipelineId, ownerId, from, to);
		return ForecastResource.of(forecasts.forecast(range.pipelineId(), range.ownerId(), range.from(), range.to()));
	}
}
