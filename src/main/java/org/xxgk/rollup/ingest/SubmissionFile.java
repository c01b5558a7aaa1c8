package org.xxgk.rollup.ingest;

import java.nio.file.Path;

/**
 * A submitted file as the reader hands it on: where it is, its path relative to the input folder (the key it is
 * stored under), and what the last run stored about it ({@code null} for a file not seen before).
 */
public record SubmissionFile(Path file, String path, StoredFile stored) {

}
