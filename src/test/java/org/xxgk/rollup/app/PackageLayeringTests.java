package org.xxgk.rollup.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The production classes' packages by feature import downwards only. The layering, top to bottom:
 * <pre>
 * app                          Boot main, command line, job flow: wires everything; nothing imports it
 * console                      the review console (web)            → review, model
 * report                       CSV exports and review outputs      → rollup, ingest, review, run, registry, model
 * rollup                       registry table, completeness, roll-up → ingest, review, validate, run, registry, model
 * ingest                       read, parse, check and store files  → parse, validate, review, run, registry, model
 * review                       the county's decisions, corrections and review sheets → run, model
 * validate                     the rules                           → registry, model
 * parse                        one reader per format               → model
 * run                          a run's parameters and shared objects → registry
 * blankform                    the blank form for townships (jobs/blank-form) → model
 * check                        one report read and checked on its own (jobs/check) → parse, validate, registry, model
 * registry, model              regions and units; the canonical report → nothing of ours
 * </pre>
 * A new import across features must fit this picture or change it here, on purpose. The demo and load-set generators
 * and the benchmarks (packages demo, bench) are test code: the jar does not ship them.
 */
class PackageLayeringTests {

	private static JavaClasses classes;

	@BeforeAll
	static void importProductionClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.xxgk.rollup");
	}

	@Test
	void eachFeatureImportsOnlyTheFeaturesBelowIt() {
		layeredArchitecture().consideringOnlyDependenciesInLayers()
			.layer("app").definedBy("org.xxgk.rollup.app..")
			.layer("console").definedBy("org.xxgk.rollup.console..")
			.layer("report").definedBy("org.xxgk.rollup.report..")
			.layer("rollup").definedBy("org.xxgk.rollup.rollup..")
			.layer("ingest").definedBy("org.xxgk.rollup.ingest..")
			.layer("review").definedBy("org.xxgk.rollup.review..")
			.layer("validate").definedBy("org.xxgk.rollup.validate..")
			.layer("parse").definedBy("org.xxgk.rollup.parse..")
			.layer("run").definedBy("org.xxgk.rollup.run..")
			.layer("registry").definedBy("org.xxgk.rollup.registry..")
			.layer("blankform").definedBy("org.xxgk.rollup.blankform..")
			.layer("check").definedBy("org.xxgk.rollup.check..")
			.layer("model").definedBy("org.xxgk.rollup.model..")
			.whereLayer("app").mayNotBeAccessedByAnyLayer()
			.whereLayer("console").mayOnlyAccessLayers("review", "model")
			.whereLayer("report").mayOnlyAccessLayers("rollup", "ingest", "review", "run", "registry", "model")
			.whereLayer("rollup").mayOnlyAccessLayers("ingest", "review", "validate", "run", "registry", "model")
			.whereLayer("ingest").mayOnlyAccessLayers("parse", "validate", "review", "run", "registry", "model")
			.whereLayer("review").mayOnlyAccessLayers("run", "model")
			.whereLayer("validate").mayOnlyAccessLayers("registry", "model")
			.whereLayer("parse").mayOnlyAccessLayers("model")
			.whereLayer("run").mayOnlyAccessLayers("registry")
			.whereLayer("blankform").mayOnlyAccessLayers("model")
			.whereLayer("check").mayNotBeAccessedByAnyLayer()
			.whereLayer("check").mayOnlyAccessLayers("parse", "validate", "registry", "model")
			.whereLayer("registry").mayNotAccessAnyLayer()
			.whereLayer("model").mayNotAccessAnyLayer()
			.check(classes);
	}

	@Test
	void noTwoFeaturesImportEachOther() {
		slices().matching("org.xxgk.rollup.(*)..").should().beFreeOfCycles().check(classes);
	}

}
