package org.xxgk.rollup.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the submitted files into {@code gridSize} partitions by a hash of their relative path: no listing is needed
 * to split, and every partition gets about as many files whatever the folder layout.
 */
public class FileHashPartitioner implements Partitioner {

	static final String INDEX = "partition.index";

	static final String COUNT = "partition.count";

	@Override
	public Map<String, ExecutionContext> partition(int gridSize) {
		Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
		for (int index = 0; index < gridSize; index++) {
			ExecutionContext context = new ExecutionContext();
			context.putInt(INDEX, index);
			context.putInt(COUNT, gridSize);
			partitions.put("partition" + index, context);
		}
		return partitions;
	}

	/** Whether the file at {@code relativePath} belongs to partition {@code index} of {@code count}. */
	static boolean belongs(String relativePath, int index, int count) {
		return Math.floorMod(relativePath.hashCode(), count) == index;
	}

}
