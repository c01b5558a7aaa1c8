package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.List;

import org.xxgk.rollup.model.FormLayout;
import org.xxgk.rollup.model.Report;

/**
 * A sum written out the way a finding shows it, e.g. {@code 新收 3 + 结转 1 = 4}: each term with its label (or
 * none), and the result.
 */
final class Arithmetic {

	private final StringBuilder terms = new StringBuilder();

	private BigDecimal total = BigDecimal.ZERO;

	private Arithmetic() {
	}

	static Arithmetic of(String label, BigDecimal value) {
		Arithmetic sum = new Arithmetic();
		sum.total = value;
		sum.terms.append(term(label, value));
		return sum;
	}

	/**
	 * The sum of the report's cells (blank and absent count as 0), each term labelled with its column label in the
	 * report's template, or unlabelled.
	 */
	static Arithmetic ofCells(Report report, List<String> codes, boolean labelled) {
		Arithmetic sum = null;
		if (codes.isEmpty()) {
			return of("", BigDecimal.ZERO);
		}
		for (String code : codes) {
			String label = labelled ? FormLayout.metric(code).columnLabel(report.template()) : "";
			BigDecimal value = report.valueOrZero(code);
			sum = (sum == null) ? of(label, value) : sum.plus(label, value);
		}
		return sum;
	}

	Arithmetic plus(String label, BigDecimal value) {
		this.total = this.total.add(value);
		this.terms.append(" + ").append(term(label, value));
		return this;
	}

	Arithmetic minus(String label, BigDecimal value) {
		this.total = this.total.subtract(value);
		this.terms.append(" − ").append(term(label, value));
		return this;
	}

	BigDecimal total() {
		return this.total;
	}

	boolean differsFrom(Arithmetic other) {
		return this.total.compareTo(other.total) != 0;
	}

	boolean differsFrom(BigDecimal value) {
		return this.total.compareTo(value) != 0;
	}

	/** {@code 新收 3 + 结转 1 = 4}; a single term shows as {@code 总计 3}. */
	String shown() {
		String text = this.terms.toString();
		return (text.contains(" + ") || text.contains(" − ")) ? text + " = " + Findings.plain(this.total) : text;
	}

	private static String term(String label, BigDecimal value) {
		return (label == null || label.isEmpty()) ? Findings.plain(value) : label + " " + Findings.plain(value);
	}

}
