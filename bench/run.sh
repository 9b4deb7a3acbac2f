#!/usr/bin/env bash
# Prints every performance figure of the README in one run on this machine:
#   - first shown main window and the plan's numbers against a bare JavaFX window (medians of alternating fresh
#     starts, each with its ratio and CPU time), for `java -jar` (in one JVM, with a dynamic AppCDS archive, and
#     relaunched by itself as it now starts) and for the packaged app image (built here first if it is missing or
#     older than the jar; its AppCDS archive made first, as its install or first run would), and the image's size;
#   - the recompute after one edit in the plan view model (median, p99);
#   - saving one plan with sync (median);
#   - loading, filtering and statistics over 1,000 / 10,000 / 100,000 plans (time, heap);
#   - the risk-of-ruin simulation, 10,000 paths × 500 trades (one run, and with the search for the safer risk).
#
#   bench/run.sh                      everything (about 5 minutes on 2 cores)
#   bench/run.sh --runs 15            more start-up runs per contender (default 9)
#   bench/run.sh edit save journal    only these parts (also: simulation, startup, startup-jar, startup-packaged)
#   MICROPLAN_BENCH_BEFORE_JAR=/old/microplan.jar bench/run.sh startup-jar   an earlier build (its lib/ beside it)
#                                     started in turn with the others: before/after in one run
#   MICROPLAN_BENCH_LAUNCHER_VARIANTS=yes bench/run.sh startup-packaged      the image also with C1 only / Serial GC
#
# The window part needs a display: DISPLAY if set, else Xvfb through xvfb-run. Benchmarks print figures and fail on
# nothing but a broken run; `mvn verify` never runs them.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Building (mvn package, tests skipped: mvn verify runs them)" >&2
mvn -B -q -DskipTests package
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
(cd target/test-classes && jar cf ../bench-probes.jar app/microplan/bench)

wants_packaged=yes
for arg in "$@"; do
  case "$arg" in edit|save|journal|simulation|startup-jar) wants_packaged=no ;; startup|startup-packaged) wants_packaged=yes; break ;; esac
done
image_jar=target/package/Microplan/lib/app/microplan.jar
if [ "$(uname -s)" = Linux ] && [ "$wants_packaged" = yes ] && { [ ! -f "$image_jar" ] || [ target/microplan.jar -nt "$image_jar" ]; }; then
  echo "== Building the app image (packaging/build.sh app-image)" >&2
  packaging/build.sh app-image >&2
fi

with_display=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "bench/run.sh: no DISPLAY and no xvfb-run (apt-get install xvfb)" >&2; exit 2; }
  with_display=(xvfb-run -a -s "-screen 0 1440x900x24")
fi
"${with_display[@]}" java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  app.microplan.bench.Harness "$@"
