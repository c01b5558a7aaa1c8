package org.xxgk.rollup.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.xxgk.rollup.ingest.FigureCopy;
import org.xxgk.rollup.ingest.SubmissionFileReader;
import org.xxgk.rollup.model.Report;
import org.xxgk.rollup.model.SourceFile;
import org.xxgk.rollup.parse.SubmissionParser;
import org.xxgk.rollup.parse.UnreadableReportException;

/**
 * The bare limit of a consolidation: read every file, parse it into the canonical report and {@code COPY} its figure
 * rows into a scratch table, with plain threads and one connection, no framework. What the full job costs beyond this
 * is the price of its checks, its bookkeeping and its framework.
 */
final class BareLimit {

	record Result(int files, long figureRows, long millis) {

	}

	private BareLimit() {
	}

	static Result run(Path input, Connection connection, int threads) throws Exception {
		long started = System.nanoTime();
		List<Path> files = SubmissionFileReader.listSubmissions(input);
		try (Statement statement = connection.createStatement()) {
			statement.execute("""
					create temp table bench_figure (submission_id bigint, metric_key smallint, value numeric(20, 6),
						state text, raw text)""");
		}
		SubmissionParser parser = new SubmissionParser();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long rows = 0;
		CopyIn copy = connection.unwrap(PGConnection.class)
			.getCopyAPI()
			.copyIn("copy bench_figure " + FigureCopy.COLUMNS + " from stdin (format text)");
		try {
			// a bounded window of parsed files in flight keeps memory flat however many files there are
			Deque<Future<byte[]>> inFlight = new ArrayDeque<>();
			int next = 0;
			while (next < files.size() || !inFlight.isEmpty()) {
				while (next < files.size() && inFlight.size() < threads * 8) {
					long id = next;
					Path file = files.get(next++);
					inFlight.add(pool.submit(() -> lines(id, parse(parser, input, file))));
				}
				byte[] block = inFlight.poll().get();
				copy.writeToCopy(block, 0, block.length);
				rows += countLines(block);
			}
			copy.endCopy();
		}
		catch (ExecutionException | SQLException ex) {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
			throw ex;
		}
		finally {
			pool.shutdownNow();
		}
		return new Result(files.size(), rows, (System.nanoTime() - started) / 1_000_000);
	}

	private static Report parse(SubmissionParser parser, Path input, Path file) {
		try {
			String path = SubmissionFileReader.relativePath(input, file);
			SourceFile source = new SourceFile(path, file.getFileName().toString(), "", "", Files.size(file),
					Files.getLastModifiedTime(file).toInstant());
			return parser.parse(source, Files.readAllBytes(file));
		}
		catch (UnreadableReportException ex) {
			return null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] lines(long id, Report report) {
		return (report != null) ? FigureCopy.lines(id, report) : new byte[0];
	}

	private static int countLines(byte[] block) {
		int lines = 0;
		for (byte b : block) {
			if (b == '\n') {
				lines++;
			}
		}
		return lines;
	}

}
