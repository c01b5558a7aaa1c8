package org.xxgk.rollup.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a run left in its output folder, written last: the key of what the outputs were made from ({@link OutputState})
 * and every file of the folder with its size and modification time. A quiet night whose key is the same and whose
 * folder still holds exactly these files, unchanged, need not write them again.
 * <p>
 * Size and time rather than a SHA-256: hashing a country's 400 MB figures.csv would cost a second a night, and any
 * ordinary edit, copy over or deletion changes one of the two. The manifest guards against a stale or damaged folder,
 * not against someone forging a file with its old size and time.
 */
final class OutputManifest {

	/** Hidden, so that it is neither listed in nor mistaken for one of the outputs. */
	static final String FILE = ".xxgk-outputs";

	private OutputManifest() {
	}

	/** Whether {@code folder} holds exactly the outputs its manifest lists, unchanged, made from {@code key}. */
	static boolean isCurrent(Path folder, String key) {
		Path manifest = folder.resolve(FILE);
		if (!Files.isRegularFile(manifest)) {
			return false;
		}
		try {
			return Files.readString(manifest, StandardCharsets.UTF_8).equals(content(folder, key));
		}
		catch (IOException | UncheckedIOException ex) {
			return false;
		}
	}

	/** Removes the manifest before any output is rewritten: a run that dies halfway leaves none behind. */
	static void delete(Path folder) {
		try {
			Files.deleteIfExists(folder.resolve(FILE));
		}
		catch (IOException ex) {
			throw new OutputWriteException(folder.resolve(FILE), ex);
		}
	}

	/** Records the folder's files as they are now, made from {@code key} (call after the last output is written). */
	static void write(Path folder, String key) {
		ReviewOutputs.write(folder.resolve(FILE), content(folder, key).getBytes(StandardCharsets.UTF_8));
	}

	private static String content(Path folder, String key) {
		StringBuilder content = new StringBuilder("key\t").append(key).append('\n');
		for (Path file : outputFiles(folder)) {
			try {
				BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
				content.append(folder.relativize(file).toString().replace('\\', '/'))
					.append('\t')
					.append(attributes.size())
					.append('\t')
					.append(attributes.lastModifiedTime().toInstant())
					.append('\n');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return content.toString();
	}

	private static boolean hidden(Path relative) {
		for (Path part : relative) {
			if (part.toString().startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** Every regular file under the folder but hidden ones (the manifest, files being written), in name order. */
	private static List<Path> outputFiles(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			List<Path> outputs = new ArrayList<>();
			files.filter(Files::isRegularFile).filter((file) -> !hidden(folder.relativize(file))).sorted().forEach(outputs::add);
			return outputs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

}
