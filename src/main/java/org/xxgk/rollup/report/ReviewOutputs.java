package org.xxgk.rollup.report;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.xxgk.rollup.model.MetricCatalog;
import org.xxgk.rollup.report.ChartRenderer.Chart;
import org.xxgk.rollup.review.ReviewSheet;

/**
 * Writes what the county office reviews into the output folder: overview.html, charts/*.png, consolidated.xlsx,
 * county-report.docx, feedback/<unit>.html, the offline review sheet 复核意见表.xlsx and, when filled sheets were
 * found, what became of their rows (复核意见处理结果.csv). Each file is written beside its name and moved into place.
 */
public class ReviewOutputs {

	/** The outputs as the command line lists them after a run. */
	public static final List<String> FILES = List.of("overview.html（总览，用浏览器打开）", "charts/（图表）",
			"consolidated.xlsx（汇总表格）", "county-report.docx（本级年度报告底稿）", "feedback/（给各单位的催报、退回修改通知和审核意见）",
			ReviewSheet.FILE + "（复核意见表：填写后放入报送文件夹的 " + ReviewSheet.FOLDER + "/，下次汇总时生效）",
			ReviewSheet.RESULT_FILE + "（已放入的复核意见表各行的处理结果，有复核意见表时）");

	private static final Log logger = LogFactory.getLog(ReviewOutputs.class);

	private final MetricCatalog catalog;

	private final ChineseFont font;

	private final OfficeSettings office;

	public ReviewOutputs(MetricCatalog catalog, ChineseFont font, OfficeSettings office) {
		this.catalog = catalog;
		this.font = font;
		this.office = office;
	}

	public void write(ReviewData data, Path folder) {
		this.font.warning().ifPresent(logger::warn);
		List<Chart> charts = new ChartRenderer(this.font).charts(data);
		for (Chart chart : charts) {
			write(folder.resolve("charts").resolve(chart.file()), chart.png());
		}
		write(folder.resolve("overview.html"), (out) -> {
			Writer page = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
			new OverviewPage(this.catalog).write(data, charts, this.font, page);
			page.flush();
		});
		// the workbooks grow with the units: streamed to their files, not gathered in memory first
		writeUnlessSame(folder.resolve("consolidated.xlsx"),
				(out) -> new ConsolidatedWorkbook(this.catalog).write(data, out));
		write(folder.resolve("county-report.docx"), new CountyReportDocument(this.catalog).write(data));
		writeUnlessSame(folder.resolve(ReviewSheet.FILE), (out) -> new ReviewSheetWorkbook().write(data, out));
		sheetResults(data, folder.resolve(ReviewSheet.RESULT_FILE));
		Path letters = folder.resolve("feedback");
		Set<Path> written = new HashSet<>();
		new FeedbackLetters(this.office).letters(data, (file, letter) -> {
			write(letters.resolve(file), letter.getBytes(StandardCharsets.UTF_8));
			written.add(letters.resolve(file));
		});
		removeOthers(letters, written);
	}

	/**
	 * What the run did with each filled row of the review sheets; no file when no sheet was found (a result of an
	 * earlier night must not stay behind).
	 */
	private static void sheetResults(ReviewData data, Path target) {
		if (data.sheetRows().isEmpty()) {
			try {
				Files.deleteIfExists(target);
			}
			catch (IOException ex) {
				throw new OutputWriteException(target, ex);
			}
			return;
		}
		CsvExporter.write(target, List.of("复核意见表", "行号", "单位", "规则", "指标", "处理意见", "说明", "处理结果", "原因或决定"),
				data.sheetRows()
					.stream()
					.map((row) -> List.of(row.sheet(), (row.rowNumber() > 0) ? String.valueOf(row.rowNumber()) : "",
							row.unitName(), row.rule(), row.metric(), row.decision(), row.reason(),
							row.outcome().chinese(), row.message()))
					.toList());
	}

	/** Letters of an earlier run for units that are now fine must not stay behind. */
	private static void removeOthers(Path letters, Set<Path> written) {
		if (!Files.isDirectory(letters)) {
			return;
		}
		try (var files = Files.list(letters)) {
			for (Path file : files.filter((file) -> file.toString().endsWith(".html") && !written.contains(file))
				.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new OutputWriteException(letters, ex);
		}
	}

	/**
	 * Leaves a file that already holds these bytes alone: after a correction most of a province's thousands of
	 * letters are unchanged, and deleting and re-creating each cost more than reading it.
	 */
	static void write(Path target, byte[] content) {
		try {
			if (Files.isRegularFile(target) && Files.size(target) == content.length
					&& Arrays.equals(Files.readAllBytes(target), content)) {
				return;
			}
		}
		catch (IOException ex) {
			// unreadable: written again below
		}
		write(target, (out) -> out.write(content));
	}

	/**
	 * As {@link #write(Path, byte[])}, for content streamed rather than held: it is written beside the target, and a
	 * target that already holds the same bytes is left alone (the file written is then removed).
	 */
	static void writeUnlessSame(Path target, Content content) {
		Path written = target.resolveSibling("." + target.getFileName() + ".new");
		write(written, content);
		try {
			if (Files.isRegularFile(target) && Files.mismatch(written, target) == -1) {
				Files.delete(written);
				return;
			}
			Files.move(written, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			deletePartial(written);
			throw new OutputWriteException(target, ex);
		}
	}

	/** What goes into a file, written to its stream. */
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	/**
	 * Writes the content beside the target ({@code .<name>.partial}) and moves it into place when whole. When writing
	 * fails the partial file is removed: a failure of the file system ({@link OutputWriteException}, naming the
	 * target) or of what the content came from (a lost database) leaves no piece of the file behind.
	 */
	static void write(Path target, Content content) {
		Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
		Path folder = target.getParent();
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new OutputWriteException(folder, ex);
		}
		FailureRecordingStream out = null;
		boolean moved = false;
		try {
			out = new FailureRecordingStream(Files.newOutputStream(partial));
			try (OutputStream file = out) {
				content.writeTo(file);
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			moved = true;
		}
		catch (IOException ex) {
			throw new OutputWriteException(target, ex);
		}
		catch (RuntimeException ex) {
			// the driver wraps a failed write of a COPY in its own exception: the file system is to blame
			if (out != null && out.failure != null) {
				throw new OutputWriteException(target, out.failure);
			}
			throw ex;
		}
		finally {
			if (!moved) {
				deletePartial(partial);
			}
		}
	}

	private static void deletePartial(Path partial) {
		try {
			Files.deleteIfExists(partial);
		}
		catch (IOException ex) {
			logger.warn("无法删除未写完的文件 " + partial + "：" + ex.getMessage());
		}
	}

	/** Remembers the first failure of the stream underneath, whoever catches it. */
	private static final class FailureRecordingStream extends FilterOutputStream {

		private IOException failure;

		FailureRecordingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			try {
				this.out.write(b);
			}
			catch (IOException ex) {
				throw recorded(ex);
			}
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			try {
				this.out.write(bytes, offset, length);
			}
			catch (IOException ex) {
				throw recorded(ex);
			}
		}

		@Override
		public void flush() throws IOException {
			try {
				this.out.flush();
			}
			catch (IOException ex) {
				throw recorded(ex);
			}
		}

		@Override
		public void close() throws IOException {
			try {
				this.out.close();
			}
			catch (IOException ex) {
				throw recorded(ex);
			}
		}

		private IOException recorded(IOException ex) {
			if (this.failure == null) {
				this.failure = ex;
			}
			return ex;
		}

	}

}
