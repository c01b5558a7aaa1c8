package org.xxgk.rollup.blankform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (.docx, .xlsx written by POI) with a fixed timestamp on every entry, so generated files are the same
 * bytes on every run and the committed demo set can be compared with the generator's output.
 */
public final class DeterministicZip {

	/** 2022-01-01 00:00 UTC, the season reports are written in. */
	private static final long FIXED_TIME = 1_640_995_200_000L;

	private DeterministicZip() {
	}

	public static byte[] normalize(byte[] zip) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(FIXED_TIME);
				rewritten.putNextEntry(copy);
				in.transferTo(rewritten);
				rewritten.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
