#!/usr/bin/env bash
# Before/after benchmark in one session: alternates runs of another build (BASE, a checkout with its
# jars built, run with BASE_JVM options) and of this one (run with ./mamori's options), so that both
# see the same machine load. For each size: snapshot load (SnapshotLoadBench, -Xmx2g) and the full
# audit end to end (`audit --format json`), RUNS times each; prints every run and the medians and
# ratios (this build / base).
#
#   BASE=/tmp/base-clone BASE_JVM="-XX:+UseParallelGC" scripts/bench-ab.sh [RUNS] [SIZES...]
#
# BENCH_DIR (default /dev/shm/mamori-audit-bench) holds the `generate --seed 42` snapshots.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
base="${BASE:?set BASE to a checkout whose jars are built}"
base_jvm="${BASE_JVM:-}"
launcher_opts="$(sed -n 's/^default_jvm_opts="\(.*\)"$/\1/p' "$here/mamori")"
runs="${1:-5}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(100000)
dir="${BENCH_DIR:-/dev/shm/mamori-audit-bench}"
(cd "$here" && mvn -q -B -DskipTests package >&2)
echo "# $(date -u +%FT%TZ) nproc=$(nproc) java=\"$(java -version 2>&1 | sed -n 1p)\" base=$base ($(git -C "$base" rev-parse --short HEAD), jvm \"$base_jvm\")" \
  "this=$(git -C "$here" rev-parse --short HEAD) (jvm \"$launcher_opts\")"
for n in "${sizes[@]}"; do
  snap="$dir/if-$n"
  [ -d "$snap" ] || java -jar "$here/mamori-cli/target/mamori.jar" generate "$snap" --interfaces "$n" --seed 42 >/dev/null
  out="$dir/ab-$n.jsonl"; : > "$out"
  for ((r = 1; r <= runs; r++)); do
    for side in base this; do
      if [ "$side" = base ]; then root="$base"; opts="$base_jvm"; else root="$here"; opts="$launcher_opts"; fi
      # shellcheck disable=SC2086
      load="$(java -Xmx2g $opts -cp "$root/mamori-bench/target/benchmarks.jar" dev.mamori.bench.SnapshotLoadBench "$snap" \
        | sed -E 's/.*"loadMillis":([0-9]+).*"processCpuMillis":([0-9]+).*"peakHeapMiB":([0-9]+).*/\1 \2 \3/')"
      # shellcheck disable=SC2086
      /usr/bin/time -o "$dir/time.txt" -f '%e %U %S %M' java $opts -jar "$root/mamori-cli/target/mamori.jar" \
        audit "$snap" --format json --output "$dir/ab-report.json" --quiet
      python3 - "$side" "$n" "$load" "$dir/time.txt" "$dir/ab-report.json" <<'PY' | tee -a "$out"
import json, sys
side, n, load, timefile, report = sys.argv[1:6]
lm, lcpu, heap = load.split()
wall, user, system, rss = open(timefile).read().split()[-4:]
t = json.load(open(report))["timings"]
print(json.dumps({"side": side, "interfaces": int(n), "loadBenchMillis": int(lm), "loadBenchCpuMillis": int(lcpu),
                  "loadPeakHeapMiB": int(heap), "auditWallMillis": round(float(wall) * 1000),
                  "auditCpuMillis": round((float(user) + float(system)) * 1000), "auditRssMiB": int(rss) // 1024,
                  "auditLoadMillis": round(t["load"]), "auditPhaseMillis": round(t["audit"]),
                  "loadAverage": float(open("/proc/loadavg").read().split()[0])}))
PY
    done
  done
  python3 - "$out" <<'PY'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
keys = ["loadBenchMillis", "loadBenchCpuMillis", "loadPeakHeapMiB", "auditWallMillis", "auditCpuMillis", "auditRssMiB",
        "auditLoadMillis", "auditPhaseMillis"]
med = {s: {k: statistics.median(r[k] for r in rows if r["side"] == s) for k in keys} for s in ("base", "this")}
for k in keys:
    print("# %-20s base %8.0f  this %8.0f  ratio %.2f" % (k, med["base"][k], med["this"][k], med["this"][k] / med["base"][k]))
print("# load average %.1f-%.1f" % (min(r["loadAverage"] for r in rows), max(r["loadAverage"] for r in rows)))
PY
done
