package org.xxgk.rollup.rollup;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;

import org.xxgk.rollup.registry.Region;
import org.xxgk.rollup.run.ConsolidationRun;

/**
 * Loads the run's registry into the {@code region} table, which the roll-up SQL walks. Regions below the run's region
 * that the registry no longer has are deleted, so a unit removed from the registry is neither expected nor counted;
 * regions outside the run's region (other registries, earlier runs) stay, so their totals keep their names. Only
 * regions that changed are written: a nightly run with a country's 43,000 unchanged regions would otherwise leave
 * 43,000 dead row versions behind every night.
 */
public class RegionTableTasklet implements Tasklet {

	private final JdbcTemplate jdbc;

	private final Supplier<ConsolidationRun> run;

	public RegionTableTasklet(JdbcTemplate jdbc, Supplier<ConsolidationRun> run) {
		this.jdbc = jdbc;
		this.run = run;
	}

	@Override
	public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
		ConsolidationRun run = this.run.get();
		List<Object[]> rows = run.registry()
			.all()
			.stream()
			.map((region) -> new Object[] { region.code(), region.name(), region.level().code(),
					(region.parentCode() != null) ? region.parentCode() : "", String.join("|", region.aliases()),
					(region.kind() != null) ? region.kind().code() : null })
			.toList();
		this.jdbc.batchUpdate("""
				insert into region (code, name, level, parent_code, aliases, kind) values (?, ?, ?, ?, ?, ?)
				on conflict (code) do update set name = excluded.name, level = excluded.level,
					parent_code = excluded.parent_code, aliases = excluded.aliases, kind = excluded.kind
				where (region.name, region.level, region.parent_code, region.aliases, region.kind)
					is distinct from (excluded.name, excluded.level, excluded.parent_code, excluded.aliases, excluded.kind)""",
				rows);
		this.jdbc.update("""
				with recursive below (code) as (
					select code from region where parent_code = ?
					union all
					select region.code from region join below on region.parent_code = below.code
				)
				delete from region where code in (select code from below) and code <> all(?::text[])""",
				run.scopeCode(), run.registry().all().stream().map(Region::code).toArray(String[]::new));
		contribution.incrementWriteCount(rows.size());
		return RepeatStatus.FINISHED;
	}

}
