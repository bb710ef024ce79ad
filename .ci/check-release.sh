#!/usr/bin/env bash
# The release check: builds everything as a release would (unsigned), stages what would be
# published into a local repository, and inspects it (.ci/CheckBundle.java).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Prelease -Dgpg.skip -DskipTests verify
staging="$PWD/target/staging-repo"
rm -rf "$staging"
./mvnw -B -q -DskipTests deploy -DaltDeploymentRepository="staging::file://$staging"
version=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout -N)
java .ci/CheckBundle.java "$staging" "$version"
