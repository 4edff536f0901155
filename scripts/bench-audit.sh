#!/usr/bin/env bash
# Audit benchmark (BENCHMARKS.md, "Audit"): `mamori audit SNAPSHOT --format json` end to end, each run
# in a fresh JVM, on snapshots written by `mamori generate --seed 42`. Prints one line per run (wall and
# CPU time of the whole command, peak RSS, and the report's own timings: snapshot load and audit wall time,
# CPU time of the checks' threads per check family) and the medians per size.
#
#   scripts/bench-audit.sh [RUNS] [SIZES...]        e.g. scripts/bench-audit.sh 5 10000 100000
#
# Environment: BENCH_DIR (default /dev/shm/mamori-audit-bench: tmpfs, so the disk does not take part)
# holds the snapshots, kept between runs; JAVA_OPTS is passed to the JVM (e.g. -Dmamori.audit.threads=1
# to run the checks one after the other, so that each family's time is its own). Needs GNU time and python3.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# The JVM options ./mamori runs with (its default_jvm_opts line), so that the benchmark measures what users run.
launcher_opts="$(sed -n 's/^default_jvm_opts="\(.*\)"$/\1/p' "$here/mamori")"
runs="${1:-5}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
dir="${BENCH_DIR:-/dev/shm/mamori-audit-bench}"
mkdir -p "$dir"

"$here/mamori" --version >/dev/null   # builds the jar when the sources changed
cli="$here/mamori-cli/target/mamori.jar"

echo "# $(date -u +%FT%TZ) nproc=$(nproc) cpu=\"$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)\"" \
  "ram=$(free -g | awk '/Mem:/{print $2}')GiB java=\"$(java -version 2>&1 | sed -n 1p)\" jvm=\"$launcher_opts ${JAVA_OPTS:-}\""
for n in "${sizes[@]}"; do
  snap="$dir/if-$n"
  [ -d "$snap" ] || java -jar "$cli" generate "$snap" --interfaces "$n" --seed 42 >/dev/null
  echo "# size $n: $(du -sh "$snap" | cut -f1), $(find "$snap" -type f | wc -l) files"
  for ((r = 1; r <= runs; r++)); do
    report="$dir/report-$n.json"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    # shellcheck disable=SC2086
    /usr/bin/time -o "$dir/time.txt" -f '%e %U %S %M' \
      java $launcher_opts ${JAVA_OPTS:-} -jar "$cli" audit "$snap" --format json --output "$report" --quiet
    python3 - "$n" "$load" "$dir/time.txt" "$report" <<'EOF'
import json, sys
n, load, timefile, report = sys.argv[1:5]
wall, user, system, rss = open(timefile).read().split()[-4:]
t = json.load(open(report))["timings"]
c = t["familiesCpu"]
print(json.dumps({"interfaces": int(n), "loadAverage": float(load), "wallMillis": round(float(wall) * 1000),
                  "cpuMillis": round((float(user) + float(system)) * 1000), "maxRssMiB": int(rss) // 1024,
                  "loadMillis": t["load"], "auditMillis": t["audit"], "checksCpuMillis": round(sum(c.values())),
                  "iamCpuMillis": c["iam"], "networkCpuMillis": c["network"], "dataCpuMillis": c["data"]}))
EOF
  done | tee "$dir/runs-$n.jsonl"
  python3 - "$dir/runs-$n.jsonl" <<'EOF'
import json, statistics, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
keys = ["wallMillis", "cpuMillis", "maxRssMiB", "loadMillis", "auditMillis", "checksCpuMillis", "iamCpuMillis",
        "networkCpuMillis", "dataCpuMillis"]
print("# medians over %d runs: " % len(rows) + ", ".join("%s %s" % (k, round(statistics.median(r[k] for r in rows))) for k in keys)
      + ", load average %.1f-%.1f" % (min(r["loadAverage"] for r in rows), max(r["loadAverage"] for r in rows)))
EOF
done
