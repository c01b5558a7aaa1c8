package org.xxgk.rollup.validate;

import java.math.BigDecimal;
import java.util.Map;

import org.xxgk.rollup.model.Template;

/** What is known of a unit's accepted report of an earlier year: its figures by metric code and its prose. */
public record PriorReport(int year, Template template, Map<String, BigDecimal> figures, String prose) {

}
