#!/usr/bin/env bash
# Snapshot load benchmark (BENCHMARKS.md, "Snapshot load"): generates snapshots of 1k, 10k and 100k
# interfaces with `mamori generate` (seed 42), then loads each RUNS times, every run in a fresh JVM
# with -Xmx2g (the target), and prints each run's JSON line and the median per size.
#
#   scripts/bench-load.sh [RUNS] [SIZES...]      e.g. scripts/bench-load.sh 5 1000 10000 100000
#
# Environment: BENCH_DIR (default /tmp/mamori-bench) holds the snapshots (about 900 MB for 100k);
# XMX (default 2g) is the heap limit; the JVM runs with the options ./mamori uses, and JAVA_OPTS adds to them;
# BENCH_JAR measures another build's benchmarks.jar (an older commit's, for before/after figures
# taken in one session); READ=sequential parses on the loading thread only. The snapshots are kept
# between runs; delete BENCH_DIR to regenerate.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The JVM options ./mamori runs with (its default_jvm_opts line), so that the benchmark measures what users run.
launcher_opts="$(sed -n 's/^default_jvm_opts="\(.*\)"$/\1/p' "$here/mamori")"
runs="${1:-5}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000 100000)
dir="${BENCH_DIR:-/tmp/mamori-bench}"
xmx="${XMX:-2g}"

# The median of one numeric field over JSON lines.
median() {
  local field="$1"; shift
  printf '%s\n' "$@" | sed -E "s/.*\"$field\":([0-9]+).*/\\1/" | sort -n \
    | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'
}

(cd "$here" && mvn -q -B -DskipTests package >&2)
cli="$here/mamori-cli/target/mamori.jar"
bench="${BENCH_JAR:-$here/mamori-bench/target/benchmarks.jar}"
read_mode="${READ:-}"

echo "# $(date -u +%FT%TZ) nproc=$(nproc) cpu=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\"" \
  "ram=$(free -g | awk '/Mem:/{print $2}')GiB java=\"$(java -version 2>&1 | sed -n 1p)\" jvm=\"$launcher_opts ${JAVA_OPTS:-}\" load=\"$(cut -d' ' -f1-3 /proc/loadavg)\""
for n in "${sizes[@]}"; do
  snap="$dir/if-$n"
  if [ ! -d "$snap" ]; then
    java -jar "$cli" generate "$snap" --interfaces "$n" --seed 42 >/dev/null
  fi
  echo "# size $n: $(du -sh "$snap" | cut -f1), $(find "$snap" -type f | wc -l) files"
  lines=()
  for ((r = 1; r <= runs; r++)); do
    # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
    line="$(java -Xmx"$xmx" $launcher_opts ${JAVA_OPTS:-} -cp "$bench" dev.mamori.bench.SnapshotLoadBench "$snap" $read_mode)"
    echo "$line"
    lines+=("$line")
  done
  echo "# size $n, medians over $runs runs:" \
    "wall $(median loadMillis "${lines[@]}") ms," \
    "loading thread CPU $(median loadThreadCpuMillis "${lines[@]}") ms," \
    "JVM CPU $(median processCpuMillis "${lines[@]}") ms (JIT $(median jitCpuMillis "${lines[@]}") ms," \
    "GC $(median gcCpuMillis "${lines[@]}") ms)," \
    "peak heap $(median peakHeapMiB "${lines[@]}") MiB," \
    "retained heap $(median retainedHeapMiB "${lines[@]}") MiB"
done
