#!/usr/bin/env bash
# Builds the application's classes and runs a benchmark against them (see bench/README.md).
# Usage:
#   bench/run.sh [contacts]                 the vault benchmark (default 100000 contacts; in-memory H2 unless
#                                           BENCH_DATABASE_URL names a PostgreSQL database, whose tables it wipes)
#   bench/run.sh sales [contacts deals activities rounds]
#                                           the sales and service pages on PostgreSQL (default 1000000 200000 500
#                                           300); BENCH_DATABASE_URL (+ _USERNAME, _PASSWORD) must name a fresh
#                                           database, which the first run seeds and later runs reuse
#   bench/run.sh import [rows baseline-rounds]
#                                           a generated contact CSV (default 1000000 rows) imported through the real
#                                           job, against PostgreSQL's COPY of the same file in the same run;
#                                           BENCH_DATABASE_URL must name a database made for it (it is wiped)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="target/classes:$(cat target/bench-classpath.txt)"
rm -rf target/bench-classes && mkdir -p target/bench-classes
javac -d target/bench-classes -cp "$CP" $(find bench/src -name '*.java')
if [ "${1:-}" = "import" ]; then
  shift
  # the heap a production node would get for imports: the peak RSS reported is what the job needs
  exec java -Xmx256m ${BENCH_JAVA_OPTS:-} -cp "target/bench-classes:$CP" dev.custodian.bench.ImportBenchmark "$@"
fi
if [ "${1:-}" = "sales" ]; then
  shift
  exec java -Xmx6g -cp "target/bench-classes:$CP" dev.custodian.bench.SalesBenchmark "$@"
fi
exec java -Xmx4g -cp "target/bench-classes:$CP" dev.custodian.vault.VaultBenchmark "$@"
