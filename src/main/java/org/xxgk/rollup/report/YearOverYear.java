package org.xxgk.rollup.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;

import org.xxgk.rollup.report.KeyFigures.Figure;

/** The figures compared with last year's county totals, and the relative change. */
final class YearOverYear {

	static final List<Figure> FIGURES = List.of(KeyFigures.NEW_APPLICATIONS, KeyFigures.RESULTS_TOTAL,
			KeyFigures.OUTCOMES.get(0), KeyFigures.RECONSIDERATION, KeyFigures.LITIGATION);

	private YearOverYear() {
	}

	static BigDecimal previous(ReviewData data, Figure figure) {
		return figure.of((metric) -> data.previousTotals().getOrDefault(metric, BigDecimal.ZERO));
	}

	/** (this − last) ÷ last; empty when last year was 0. */
	static Optional<BigDecimal> change(BigDecimal previous, BigDecimal current) {
		return (previous.signum() == 0) ? Optional.empty()
				: Optional.of(current.subtract(previous).divide(previous, MathContext.DECIMAL64));
	}

}
