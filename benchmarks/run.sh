#!/usr/bin/env bash
# Runs every benchmark and prints one table: single-evaluation latency, batch throughput of the
# engine and the reference evaluator in the same run, cold start (median of 5 processes) and the
# 1,000,000-licence streaming batch under -Xmx512m, the storage import/load of 100,000 activities
# on H2 and PostgreSQL against plain JDBC, and the renewal report PDF of 500 activities against a
# bare PDFBox document and the HTML report (with the sizes). About 10 minutes on 2 cores.
# ONLY=report runs just the report measurements.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ "${REBUILD:-1}" = 1 ]; then
  ./mvnw -B -q package -DskipTests -pl benchmarks -am
fi
out=$(mktemp -d)
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

colds=()
for run in 1 2 3 4 5; do
  colds+=("$(java -cp "$jar" io.github.cetrack.benchmarks.ColdStart | awk '{print $2}')")
done
cold=$(printf '%s\n' "${colds[@]}" | sort -n | sed -n 3p)
streaming=$(java -Xmx512m -cp "$jar" io.github.cetrack.benchmarks.StreamingBatch "${LICENCES:-1000000}")
storage=()
for db in h2 postgresql; do
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
  printf '%-44s %11s ms\n' "cold start to first evaluation (median of 5)" "$cold"
  echo "$streaming"
  printf 'storage %s\n' "${storage[@]}"
  report_table
} | tee "$out/table.txt"
