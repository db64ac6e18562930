#!/usr/bin/env bash
# Builds the application's classes and runs the vault benchmark against them.
# Usage: bench/run.sh [contacts]   (default 100000). BENCH_DATABASE_URL (+ _USERNAME, _PASSWORD) selects a
# PostgreSQL database to use instead of in-memory H2; the benchmark wipes the tables it fills.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" $(find bench/src -name '*.java')
exec java -Xmx4g -cp "target/bench-classes:$CP" dev.custodian.vault.VaultBenchmark "$@"
