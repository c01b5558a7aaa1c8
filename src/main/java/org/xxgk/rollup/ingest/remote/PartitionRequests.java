package org.xxgk.rollup.ingest.remote;

import org.springframework.batch.integration.partition.StepExecutionRequest;

/**
 * A partition request on the wire: "stepName:stepExecutionId" as text, so the broker carries no Java serialization
 * and any worker version reads it.
 */
final class PartitionRequests {

	private PartitionRequests() {
	}

	static String text(StepExecutionRequest request) {
		return request.getStepName() + ":" + request.getStepExecutionId();
	}

	static StepExecutionRequest request(String text) {
		int colon = text.lastIndexOf(':');
		return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1).trim()));
	}

}
