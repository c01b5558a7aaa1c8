# Sourced by jobs/generate, jobs/bench, jobs/bench-parse and jobs/bench-rerun: the generators and benchmarks are test
# code (the jar ships only what production runs), so these run on the test classpath: the compiled tests and
# application and every dependency, compiled when missing or older than the sources. The dependency list is cached
# in target/classpath.txt.
xxgk_classpath() {
	local root
	root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
	if [ -n "${XXGK_CLASSPATH:-}" ]; then
		echo "$XXGK_CLASSPATH"
		return
	fi
	local stamp="$root/target/classpath.txt"
	if [ ! -f "$stamp" ] || [ -n "$(find "$root/src" "$root/sql" "$root/pom.xml" -newer "$stamp" -print -quit)" ]; then
		echo "xxgk-rollup: compiling (first run, or the sources changed)..." >&2
		(cd "$root" && mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
			-Dmdep.outputFile=target/classpath.txt 1>&2) || exit 6
	fi
	echo "$root/target/test-classes:$root/target/classes:$(cat "$stamp")"
}
