package org.xxgk.rollup.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.ingest.SubmissionRepository;
import org.xxgk.rollup.testdb.TestDatabase;
import org.xxgk.rollup.testdb.TestDatabaseExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A file that yielded no report is never counted by a decision: dismissing or including its FILE-UNREADABLE (a scan,
 * or a file the machine could not read this run) would let a unit into the totals with none of its figures. Before,
 * the console and jobs/decide recorded 核实无误，不再提示 on the real-report run's pipe of 泗阳县人民政府, and the next run
 * made the unit 通过 with no figures at all. The desk now refuses both (confirming stays possible), and the
 * decisions' statement keeps such a submission rejected whatever decision is stored.
 */
@ExtendWith(TestDatabaseExtension.class)
class UnreadFileDecisionsTests {

	private static JdbcTemplate unreadScan(TestDatabase.Database database) {
		JdbcTemplate jdbc = database.migrated().jdbc();
		jdbc.update("""
				insert into region (code, name, level, parent_code) values
					('440882', '雷州市', 'county', null), ('440882116', '覃斗镇', 'unit', '440882')""");
		jdbc.update("""
				insert into submission (year, scope_code, source_file, unit_code, unit_name, sha256, status, check_key)
				values (2021, '440882', '覃斗镇/扫描件.pdf', '440882116', '', 'scan', 'rejected', 'k')""");
		jdbc.update("""
				insert into finding (year, scope_code, submission_id, unit_code, origin, rule, severity, metric, location,
					expected, actual, message)
				select 2021, '440882', id, '440882116', 'file', 'FILE-UNREADABLE', 'error', null, '',
					'可读取的年度报告', 'PDF文件中没有可读取的文字', '文件已收到，但无法读取。' from submission""");
		return jdbc;
	}

	@Test
	void theDeskRefusesToCountAFileThatYieldedNoReport(TestDatabase.Database database) throws ReviewRefused {
		JdbcTemplate jdbc = unreadScan(database);
		ReviewDesk desk = new ReviewDesk(jdbc);
		for (Decision decision : new Decision[] { Decision.DISMISS, Decision.INCLUDE }) {
			assertThatThrownBy(() -> desk.decide(new DecisionRequest(2021, "440882", "覃斗镇", "FILE-UNREADABLE", null,
					decision, "已电话核实", "张科长")))
				.isInstanceOf(ReviewRefused.class)
				.hasMessage("覃斗镇 的 FILE-UNREADABLE：文件没有读出报告，没有可计入汇总的数据，不能选“核实无误，不再提示”或“虽有错误，仍计入汇总”；"
						+ "请该单位改报可以读取的文件（本机原因未能读取的文件下次运行时会重新读取，无需决定）。");
		}
		assertThat(jdbc.queryForObject("select count(*) from review_decision", Integer.class)).isZero();
		assertThat(desk.decide(new DecisionRequest(2021, "440882", "覃斗镇", "FILE-UNREADABLE", null, Decision.CONFIRM,
				"确是扫描件", "张科长"))).hasSize(1);
	}

	@Test
	void aStoredDecisionDoesNotCountAFileThatYieldedNoReport(TestDatabase.Database database) {
		JdbcTemplate jdbc = unreadScan(database);
		// as the desk recorded it before it refused
		jdbc.update("""
				insert into review_decision (year, scope_code, unit_code, rule, metric, sha256, decision, reason, decided_by)
				values (2021, '440882', '440882116', 'FILE-UNREADABLE', '', 'scan', 'dismiss', '测试', 'root')""");
		new SubmissionRepository(jdbc).applyDecisions(2021, "440882");
		assertThat(jdbc.queryForObject("select status from submission", String.class)).isEqualTo("rejected");
	}

}
