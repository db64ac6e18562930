package dev.custodian.deal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Every pipeline, in display order.
 */
@Schema(name = "PipelineList")
record PipelineList(List<PipelineResource> items) {
}
