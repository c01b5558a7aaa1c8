/**
 * The review console ({@code jobs/serve}): server-rendered pages (Spring MVC, Thymeleaf) where the county office reads
 * the last run's totals, units, reports and findings, records decisions and corrections through the review desk and
 * runs the roll-up again. Every bean here belongs to the {@value org.xxgk.rollup.console.Console#PROFILE} profile, so
 * the nightly job's context never holds a web server.
 */
package org.xxgk.rollup.console;
