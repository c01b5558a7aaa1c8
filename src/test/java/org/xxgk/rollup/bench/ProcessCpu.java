package org.xxgk.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time of processes on this machine, from {@code /proc}: the job's JVM, and the PostgreSQL server the run talks
 * to (its postmaster with every backend and helper process, living or ended). On two cores the job and the database
 * share the same processors, so where the CPU went says which side a run's time is spent on. Linux only; a server on
 * another machine has no figure.
 */
final class ProcessCpu {

	/** Linux counts process times in clock ticks of 1/100 s (USER_HZ, the same on every architecture Java runs on). */
	private static final long MILLIS_PER_TICK = 10;

	private ProcessCpu() {
	}

	/** User plus system CPU of one process so far, or empty when it is gone or not readable. */
	static OptionalLong ofProcess(long pid) {
		long[] fields = stat(pid);
		return (fields == null) ? OptionalLong.empty() : OptionalLong.of((fields[13] + fields[14]) * MILLIS_PER_TICK);
	}

	/**
	 * CPU of the whole PostgreSQL server behind {@code connection} so far: the postmaster and its ended children
	 * (which the postmaster has waited for, so their time is in its own counters) plus its living children. Empty when
	 * the server is not a process of this machine.
	 */
	static OptionalLong ofServer(Connection connection) {
		long postmaster;
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select pg_backend_pid()")) {
			rows.next();
			long[] backend = stat(rows.getLong(1));
			if (backend == null) {
				return OptionalLong.empty();
			}
			postmaster = backend[3];
		}
		catch (SQLException ex) {
			return OptionalLong.empty();
		}
		long[] server = stat(postmaster);
		if (server == null) {
			return OptionalLong.empty();
		}
		long ticks = server[13] + server[14] + server[15] + server[16];
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			ticks += processes.filter((path) -> path.getFileName().toString().chars().allMatch(Character::isDigit))
				.map((path) -> stat(Long.parseLong(path.getFileName().toString())))
				.filter((fields) -> fields != null && fields[3] == postmaster)
				.mapToLong((fields) -> fields[13] + fields[14])
				.sum();
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(ticks * MILLIS_PER_TICK);
	}

	/**
	 * The numeric fields of {@code /proc/<pid>/stat} up to cstime, indexed as in proc(5) less one (3: ppid, 13: utime,
	 * 14: stime, 15: cutime, 16: cstime), or null. The command name (field 2) may hold spaces, so fields are counted after its
	 * closing parenthesis.
	 */
	private static long[] stat(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] rest = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
			// up to cstime: later fields (rlim) may not fit in a long
			long[] fields = new long[17];
			fields[0] = pid;
			for (int i = 1; i + 2 < fields.length; i++) {
				fields[i + 2] = Long.parseLong(rest[i]);
			}
			return fields;
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

}
