#!/usr/bin/env bash
# Runs every benchmark and prints one table: single-evaluation latency, batch throughput of the
# engine and the reference evaluator in the same run, cold start (median of 5 processes) and the
# 1,000,000-licence streaming batch under -Xmx512m, the storage import/load of 100,000 activities
# on H2, PostgreSQL and MariaDB against plain JDBC, the renewal report PDF of 500 activities
# against a bare PDFBox document and the HTML report (with the sizes), the command line as whole
# processes against `java -version`, and the catalogue at 51 jurisdictions against today's. About
# 8 minutes on a quiet 2-core machine (longer on a busy one).
# ONLY=report runs just the report measurements; ONLY=cli just the command line's (and the cold
# start); ONLY=scale just the catalogue-scale measures.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
cetrack_jar=examples/target/cetrack.jar
launcher=examples/target/cetrack
if [ ! -f "$jar" ] || [ ! -f "$cetrack_jar" ] || [ "${REBUILD:-1}" = 1 ]; then
  ./mvnw -B -q package -DskipTests -pl benchmarks,examples -am
fi
out=$(mktemp -d)
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# In-process cold start: JVM start to the first evaluation, and of that the first evaluation's
# own time (engine created to result), medians of 5 processes. $1: a jar ahead of the benchmarks
# (a catalogue of another size), or nothing.
cold_start() {
  local cp=$jar
  [ -n "${1:-}" ] && cp="$1:$jar"
  java -cp "$cp" io.github.cetrack.benchmarks.ColdStart
}

# The command line as whole processes, as a clinician runs them: `cetrack status` on the demo
# database and `cetrack catalog list`, each through `java -jar` (no archive), through java with the
# launcher's options but no archive, and through the launcher (examples/target/cetrack, with the
# class-data-sharing archive the build made), next to `java -version` measured in the same rounds.
# One warm-up round, then 5 rounds that run each in turn (so that a busy machine slows all alike);
# the median of each. Ratios are to `java -version` of the same run.
cli_table() {
  local demo="$out/demo" db flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" round i start
  java -jar "$cetrack_jar" demo --out "$demo" > /dev/null
  db="jdbc:h2:$demo/records"
  local names=(version status-jar status-flags status-launcher list-jar list-flags list-launcher)
  run_one() {
    # status exits 1 when a licence still needs hours, as the demo's do.
    case $1 in
      version) java -version ;;
      status-jar) java -jar "$cetrack_jar" status --db "$db" ;;
      # shellcheck disable=SC2086
      status-flags) java $flags -jar "$cetrack_jar" status --db "$db" ;;
      status-launcher) "$launcher" status --db "$db" ;;
      list-jar) java -jar "$cetrack_jar" catalog list ;;
      # shellcheck disable=SC2086
      list-flags) java $flags -jar "$cetrack_jar" catalog list ;;
      list-launcher) "$launcher" catalog list ;;
    esac > /dev/null 2>&1 || true
  }
  for round in 0 1 2 3 4 5; do
    for i in "${names[@]}"; do
      start=$(date +%s%N)
      CETRACK_TODAY=2026-06-15 run_one "$i"
      [ "$round" = 0 ] || echo $(( ($(date +%s%N) - start) / 1000000 )) >> "$out/cli-$i.txt"
    done
  done
  local base
  base=$(median < "$out/cli-version.txt")
  printf '%-52s %9s %14s %8s\n' "whole process (median of 5, in turn)" "time" "java -version" "ratio"
  row() { awk -v l="$1" -v t="$(median < "$out/cli-$2.txt")" -v b="$base" -v j="${3:-}" \
    'BEGIN { printf "%-52s %6d ms %11d ms %7.1fx%s\n", l, t, b, t / b, j }'; }
  for c in status list; do
    local label="cetrack status, demo database" jt
    [ "$c" = list ] && label="cetrack catalog list"
    jt=$(median < "$out/cli-$c-jar.txt")
    row "$label, java -jar" "$c-jar"
    row "  same, launcher's JVM options, no archive" "$c-flags" \
      "$(awk -v t="$(median < "$out/cli-$c-flags.txt")" -v j="$jt" 'BEGIN { printf "  (%.2fx java -jar)", t / j }')"
    row "  same, launcher (archive)" "$c-launcher" \
      "$(awk -v t="$(median < "$out/cli-$c-launcher.txt")" -v j="$jt" 'BEGIN { printf "  (%.2fx java -jar)", t / j }')"
  done
  row "java -version" version
}

# Cold start in process, today's catalogue: 5 processes, the medians; then the same with a
# class-data-sharing archive of ColdStart's classes (dumped by one more run), as an application
# that embeds the library can make for itself, the processes of both in turn.
cold_rows() {
  local run
  java -XX:ArchiveClassesAtExit="$out/cold.jsa" -cp "$jar" io.github.cetrack.benchmarks.ColdStart > /dev/null 2>&1
  for run in 1 2 3 4 5; do
    cold_start >> "$out/cold.txt"
    java -XX:SharedArchiveFile="$out/cold.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$jar" \
      io.github.cetrack.benchmarks.ColdStart >> "$out/cold-cds.txt"
  done
  printf '%-44s %11s ms\n' "cold start to first evaluation (median of 5)" "$(awk '{ print $2 }' "$out/cold.txt" | median)"
  printf '%-44s %11s ms\n' "  of which the first evaluation" "$(awk '{ print $4 }' "$out/cold.txt" | median)"
  printf '%-44s %11s ms\n' "  the same with an AppCDS archive" "$(awk '{ print $2 }' "$out/cold-cds.txt" | median)"
}

# The catalogue at scale: 51 jurisdictions, today's state files copied under every code
# (SyntheticCatalog), against today's catalogue built the same way in the same run. Each is
# built by its own reactor (core, catalog-tools, the copy of rules-catalog; the copy's tests are
# left out) and the rules-catalog module's time is read from Maven's summary; then, with each
# catalogue's jar ahead of the benchmarks on the class path: cold start and first evaluation
# (medians of 5 processes, the two catalogues in turn) and the engine's JMH single evaluation and
# 1-thread batch over every licence type of that catalogue.
scale_table() {
  local n cat seconds
  declare -A build catjar
  for n in 0 51; do
    cat=benchmarks/target/catalogue-$n
    java -cp "$jar" io.github.cetrack.benchmarks.SyntheticCatalog . "$cat" "$n" > /dev/null
    ./mvnw -B -f "$cat/pom.xml" package -DskipTests > "$out/catalogue-$n.log"
    # "cetrack rules catalogue ....... SUCCESS [ 41.512 s]" or "[01:12 min]"
    seconds=$(awk '/cetrack rules catalogue/ && /SUCCESS/ { sub(/.*\[ */, ""); sub(/\].*/, "");
      if ($2 == "min") { split($1, m, ":"); print m[1] * 60 + m[2] } else print $1 }' "$out/catalogue-$n.log")
    build[$n]=$seconds
    catjar[$n]=$(ls "$cat"/rules-catalog/target/cetrack-rules-catalog-*.jar | grep -v -e sources -e javadoc | head -1)
  done
  local run
  for run in 1 2 3 4 5; do
    for n in 0 51; do cold_start "${catjar[$n]}" >> "$out/scale-cold-$n.txt"; done
  done
  for n in 0 51; do
    java -cp "${catjar[$n]}:$jar" org.openjdk.jmh.Main 'EvaluationBenchmark\.(singleEngine|batchEngine)$' \
      -p threads=1 -rf csv -rff "$out/scale-$n.csv" > "$out/scale-$n.log"
  done
  sv() { awk -F, -v b="\"$2\"" '$1 == b { print $5 }' "$out/scale-$1.csv"; }
  local B=io.github.cetrack.benchmarks.EvaluationBenchmark
  printf '%-52s %14s %14s %8s\n' "catalogue of 51 jurisdictions (SyntheticCatalog)" "51" "today (14)" "51/today"
  awk -v a="${build[51]}" -v b="${build[0]}" 'BEGIN { printf "%-52s %12.1f s %12.1f s %7.2fx\n",
    "rules-catalog build (package, tests left out)", a, b, a / b }'
  for k in 2:"cold start to first evaluation" 4:"first evaluation (engine to result)"; do
    awk -v a="$(awk -v f="${k%%:*}" '{ print $f }' "$out/scale-cold-51.txt" | median)" \
      -v b="$(awk -v f="${k%%:*}" '{ print $f }' "$out/scale-cold-0.txt" | median)" -v l="${k#*:}" \
      'BEGIN { printf "%-52s %11d ms %11d ms %7.2fx\n", l " (median of 5)", a, b, a / b }'
  done
  awk -v a="$(sv 51 "$B.singleEngine:p0.50")" -v b="$(sv 0 "$B.singleEngine:p0.50")" \
    'BEGIN { printf "%-52s %11.1f us %11.1f us %7.2fx\n", "single evaluation, 20 activities, p50", a, b, a / b }'
  awk -v a="$(sv 51 "$B.batchEngine")" -v b="$(sv 0 "$B.batchEngine")" 'BEGIN {
    printf "%-52s %9.0f lic/s %9.0f lic/s %7.2fx\n", "batch 100,000 x 20 activities, 1 thread (time)", 100000 / (a / 1000),
      100000 / (b / 1000), a / b }'
}

if [ "${ONLY:-}" = cli ]; then
  { cli_table; cold_rows; } | tee "$out/table.txt"
  exit 0
fi
if [ "${ONLY:-}" = scale ]; then
  scale_table | tee "$out/table.txt"
  exit 0
fi
java -jar "$jar" ReportBenchmark -rf csv -rff "$out/report.csv" > "$out/report.log"
sizes=$(java -cp "$jar" io.github.cetrack.benchmarks.ReportSize | grep '^report-size')
report_table() {
  # ReportBenchmark CSV: Benchmark, Mode, Threads, Samples, Score (ms/op), Score Error, Unit
  awk -F, -v sizes="$sizes" '
    BEGIN { split(sizes, s, " ") }
    $1 ~ /renewalPdf"$/ { pdf = $5 } $1 ~ /barePdf"$/ { bare = $5 } $1 ~ /renewalHtml"$/ { html = $5 }
    END {
      printf "%-44s %11.1f ms %14s\n", "renewal report PDF, 500 activities", pdf, ""
      printf "%-44s %11.1f ms %14s %7.1fx\n", "  baseline: bare PDFBox, same text, same font", bare, "", pdf / bare
      printf "%-44s %11.1f ms %14s %7.1fx\n", "  baseline: the same report as HTML", html, "", pdf / html
      printf "%-44s %11s bytes, %s pages (HTML %s bytes, bare PDF %s bytes)\n", "renewal report PDF size", s[3], s[4], s[6], s[8]
    }' "$out/report.csv"
}
if [ "${ONLY:-}" = report ]; then
  report_table | tee "$out/table.txt"
  exit 0
fi
java -jar "$jar" EvaluationBenchmark -rf csv -rff "$out/jmh.csv" > "$out/jmh.log"

streaming=$(java -Xmx512m -cp "$jar" io.github.cetrack.benchmarks.StreamingBatch "${LICENCES:-1000000}")
storage=()
for db in h2 postgresql mariadb; do
  storage+=("$(java -cp "$jar" io.github.cetrack.benchmarks.StorageBenchmark "$db" 2>/dev/null | grep 'rows/s' \
    || echo "$db: storage benchmark failed (is the database reachable?)")")
done

# JMH CSV columns: Benchmark, Mode, Threads, Samples, Score, Score Error, Unit, [params...]
value() { awk -F, -v b="\"$1\"" -v p="$2" '$1 == b && $9 == p { print $5 }' "$out/jmh.csv"; }
pct() { awk -F, -v b="\"$1\"" -v q="\"$1:$2\"" '$1 == q { print $5 }' "$out/jmh.csv"; }
B=io.github.cetrack.benchmarks.EvaluationBenchmark
{
  echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
  printf '%-44s %14s %14s %8s\n' "measure" "engine" "reference" "ratio"
  for q in 50 99; do
    e=$(pct "$B.singleEngine" "p0.$q"); r=$(pct "$B.singleReference" "p0.$q")
    awk -v e="$e" -v r="$r" -v q="$q" 'BEGIN { printf "%-44s %11.1f us %11.1f us %7.0f%%\n",
      "single evaluation, 20 activities, p" q, e, r, 100 * r / e }'
  done
  for t in 1 2; do
    e=$(value "$B.batchEngine" "$t"); r=$(value "$B.batchReference" "$t")
    awk -v e="$e" -v r="$r" -v t="$t" 'BEGIN { printf "%-44s %9.0f lic/s %9.0f lic/s %7.0f%%\n",
      "batch 100,000 x 20 activities, " t " thread(s)", 100000 / (e / 1000), 100000 / (r / 1000), 100 * r / e }'
  done
  # The engine's batch (1 thread) per licence against its single evaluations of the same 100,000
  # licences one after another (mean, and p50), and against the 20-activity single p50 above.
  # Engine only: ratio = batch time per licence / single time.
  s=$(awk -F, -v b="\"$B.singleEngineBatchWorkload\"" '$1 == b { print $5 }' "$out/jmh.csv")
  e=$(value "$B.batchEngine" 1)
  printf '%-44s %14s %14s %8s\n' "engine batch (1 thread) per licence against" "batch/licence" "single" "ratio"
  awk -v e="$e" -v s="$s" -v p="$(pct "$B.singleEngineBatchWorkload" p0.50)" \
    -v o="$(pct "$B.singleEngine" p0.50)" 'BEGIN { per = e * 1000 / 100000
    printf "%-44s %11.1f us %11.1f us %7.2fx\n", "  single mean, the batch'"'"'s licences in turn", per, s, per / s
    printf "%-44s %11.1f us %11.1f us %7.2fx\n", "  single p50, the batch'"'"'s licences in turn", per, p, per / p
    printf "%-44s %11.1f us %11.1f us %7.2fx\n", "  single p50, one licence of 20 (as above)", per, o, per / o }'
  cold_rows
  echo "$streaming"
  printf 'storage %s\n' "${storage[@]}"
  report_table
  cli_table
  scale_table
} | tee "$out/table.txt"
