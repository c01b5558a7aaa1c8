package org.xxgk.rollup.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Opens a zip container (.docx, .xlsx) only after inflating it once into nothing, counting bytes, so a zip bomb is
 * stopped at our own limit before POI builds anything in memory. POI's own guards (inflate ratio, entry size) are set
 * as a second line.
 */
final class ZipGuard {

	private static final int MAX_ENTRIES = 2_000;

	static {
		ZipSecureFile.setMinInflateRatio(0.005);
		ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
	}

	private final long maxExpandedBytes;

	ZipGuard(long maxExpandedBytes) {
		this.maxExpandedBytes = maxExpandedBytes;
		ZipSecureFile.setMaxEntrySize(Math.max(maxExpandedBytes, 1));
	}

	/** The names of the entries, after checking the whole archive expands within the limit. */
	Set<String> entries(byte[] content) throws UnreadableReportException {
		Set<String> names = new LinkedHashSet<>();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				if (names.size() > MAX_ENTRIES) {
					throw new UnreadableReportException("压缩包内文件过多，不是正常的Word或Excel文档");
				}
				for (int read = zip.read(buffer); read != -1; read = zip.read(buffer)) {
					total += read;
					if (total > this.maxExpandedBytes) {
						throw new OversizedReportException(total, this.maxExpandedBytes);
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableReportException("文件已损坏，无法解压（不是有效的Word .docx或Excel .xlsx文档）", ex);
		}
		if (names.isEmpty()) {
			throw new UnreadableReportException("文件已损坏，无法解压（不是有效的Word .docx或Excel .xlsx文档）");
		}
		return names;
	}

}
