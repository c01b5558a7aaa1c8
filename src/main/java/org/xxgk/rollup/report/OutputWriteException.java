package org.xxgk.rollup.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An output file could not be written (disk full, no permission, folder gone): the run fails naming the file, and
 * nothing of the file is left (it is written beside its name and moved into place only when whole).
 */
public final class OutputWriteException extends UncheckedIOException {

	private final Path file;

	OutputWriteException(Path file, IOException cause) {
		super("Cannot write " + file + ": " + reasonOf(cause), cause);
		this.file = file;
	}

	/** The output file that could not be written. */
	public Path file() {
		return this.file;
	}

	/** The system's reason, e.g. {@code No space left on device}. */
	public String reason() {
		return reasonOf(getCause());
	}

	/** Whether the disk (or the user's quota) is full. */
	public boolean diskFull() {
		String reason = reason();
		return reason.contains("No space left on device") || reason.contains("Disk quota exceeded");
	}

	private static String reasonOf(IOException cause) {
		if (cause instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
			return fileSystem.getReason();
		}
		String message = cause.getMessage();
		return (message != null) ? message : cause.getClass().getSimpleName();
	}

}
