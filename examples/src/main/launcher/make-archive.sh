#!/bin/sh
# Run by the build (examples/pom.xml, package phase, after the shade plugin) as
# `make-archive.sh JAVA TARGET`: writes TARGET/cetrack, the launcher, and TARGET/cetrack.jsa, the
# class-data-sharing archive it uses, dumped at the exit of a run of `cetrack demo` (which opens,
# migrates and reads an H2 database, evaluates with the catalogue, renders reports: the classes
# of every common command). Neither file goes into a jar.
set -eu
java=$1
target=$2
rm -rf "$target/cds-training" "$target/cetrack.jsa"
"$java" -XX:ArchiveClassesAtExit="$target/cetrack.jsa" -jar "$target/cetrack.jar" demo --out "$target/cds-training" \
  > "$target/cds-training.log" 2>&1
cp "$(dirname "$0")/cetrack" "$target/cetrack"
chmod +x "$target/cetrack"
