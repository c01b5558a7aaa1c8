# Sourced by jobs/generate and jobs/bench: the application's classes and dependencies, compiled when missing or
# older than the sources. The dependency list is cached in target/classpath.txt.
xxgk_classpath() {
	local root
	root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
	if [ -n "${XXGK_CLASSPATH:-}" ]; then
		echo "$XXGK_CLASSPATH"
		return
	fi
	local stamp="$root/target/classpath.txt"
	if [ ! -f "$stamp" ] || [ -n "$(find "$root/src/main" "$root/sql" "$root/pom.xml" -newer "$stamp" -print -quit)" ]; then
		echo "xxgk-rollup: compiling (first run, or the sources changed)..." >&2
		(cd "$root" && mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt 1>&2) || exit 6
	fi
	echo "$root/target/classes:$(cat "$stamp")"
}
