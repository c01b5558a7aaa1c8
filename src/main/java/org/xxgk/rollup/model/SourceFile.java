package org.xxgk.rollup.model;

import java.time.Instant;

/**
 * A submitted file: its path relative to the input folder (with {@code /} separators), its name and the name of the
 * folder holding it (both used to recognise the unit), its SHA-256, size and modification time.
 */
public record SourceFile(String path, String fileName, String folder, String sha256, long size, Instant lastModified) {

}
