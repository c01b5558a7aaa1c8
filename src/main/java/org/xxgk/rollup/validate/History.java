package org.xxgk.rollup.validate;

import java.util.Optional;

/** Looks up a unit's accepted report of an earlier year (backed by the database in the job). */
@FunctionalInterface
public interface History {

	History NONE = (unitCode, year) -> Optional.empty();

	Optional<PriorReport> accepted(String unitCode, int year);

}
