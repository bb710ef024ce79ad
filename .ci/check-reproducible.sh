#!/usr/bin/env bash
# Two clean builds must produce byte-identical artifacts (project.build.outputTimestamp is fixed).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
for run in 1 2; do
  ./mvnw -B -q clean package -DskipTests
  mkdir -p "$out/$run"
  find . -path ./.git -prune -o -path '*/target/*.jar' -print | sort | while read -r jar; do
    sha256sum "$jar"
  done > "$out/$run/sums"
done
if ! diff "$out/1/sums" "$out/2/sums"; then
  echo "reproducibility check: the two builds differ (see above)" >&2
  exit 1
fi
echo "reproducibility check: $(wc -l < "$out/1/sums") jars byte-identical across two clean builds"
