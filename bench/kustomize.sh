#!/usr/bin/env bash
# Kustomize benchmark: Tideline's engine (warm, in-process), the tideline CLI (cold process) and
# `kubectl kustomize`, on the same generated tree, in one run. Checks the outputs are identical.
#
#   bench/kustomize.sh [--apps N] [--warmup W] [--runs R] [--cold-runs C] [--kubectl-runs K]
#                      [--warm-heap 512m] [--keep]
#
# Needs: the CLI built (./mvnw -pl cli -am package -DskipTests), kubectl, python3, GNU time.
# Prints wall time (median), CPU time (user+sys) and peak RSS of each, and the ratios.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
apps=170 warmup=15 runs=20 cold_runs=5 kubectl_runs=3 keep=false warm_heap=512m
while [[ $# -gt 0 ]]; do
  case "$1" in
    --apps) apps="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --cold-runs) cold_runs="$2"; shift 2 ;;
    --kubectl-runs) kubectl_runs="$2"; shift 2 ;;
    --warm-heap) warm_heap="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

jar="$repo/cli/target/tideline-cli.jar"
[[ -f "$jar" ]] || { echo "missing $jar: run ./mvnw -pl cli -am package -DskipTests first" >&2; exit 2; }
command -v kubectl >/dev/null || { echo "kubectl not found" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
  echo "installing GNU time (apt-get install time)" >&2
  { apt-get update -qq && apt-get install -y -qq time; } >/dev/null
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/tideline-kustomize-bench.XXXXXX")"
$keep || trap 'rm -rf "$work"' EXIT
root="$(python3 "$repo/bench/generate-kustomize-tree.py" "$work/tree" --apps "$apps")"

# measure OUT_PREFIX CMD... : runs CMD under GNU time; appends "wall user sys maxrss_kb" to OUT_PREFIX.times
measure() {
  local prefix="$1"; shift
  /usr/bin/time -f "%e %U %S %M" -o "$prefix.time" "$@" >"$prefix.yaml" 2>"$prefix.err" || {
    echo "FAILED: $*" >&2; cat "$prefix.err" >&2; exit 1; }
  cat "$prefix.time" >>"$prefix.times"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
col() { awk -v c="$1" '{print $c}' "$2"; }
summary() { # summary PREFIX -> "wall_median cpu_median rss_max"
  local wall cpu rss
  wall="$(col 1 "$1.times" | median)"
  cpu="$(awk '{print $2 + $3}' "$1.times" | median)"
  rss="$(col 4 "$1.times" | sort -g | tail -1)"
  echo "$wall $cpu $rss"
}

echo "machine: $(nproc) cores, load before the run $(cut -d' ' -f1-3 /proc/loadavg)"

echo "kubectl kustomize x$kubectl_runs ..." >&2
for ((i = 0; i < kubectl_runs; i++)); do measure "$work/kubectl" kubectl kustomize "$root"; done

echo "tideline kustomize build (cold process) x$cold_runs ..." >&2
"$repo/bin/tideline" kustomize build "$root" >/dev/null # creates the class-data-sharing archive
for ((i = 0; i < cold_runs; i++)); do measure "$work/cli" "$repo/bin/tideline" kustomize build "$root"; done

echo "engine in-process: $warmup warm-up builds, $runs timed ..." >&2
measure "$work/warm" java -Xss8m "-Xmx$warm_heap" -cp "$jar" io.tideline.cli.TidelineMain \
  bench kustomize "$root" --warmup "$warmup" --runs "$runs" --output "$work/engine.yaml"
warm_line="$(cat "$work/warm.yaml")"
warm_ms="$(sed -n 's/.* median_ms=\([0-9.]*\).*/\1/p' <<<"$warm_line")"
warm_cpu_ms="$(sed -n 's/.*cpu_median_ms=\([0-9.]*\).*/\1/p' <<<"$warm_line")"

echo "tree: $apps apps, 3 overlay layers, $(grep -c '^kind:' "$work/kubectl.yaml") resources in the output"
echo "machine: load after the run $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
for candidate in engine cli; do
  file="$work/$candidate.yaml"
  if cmp -s "$file" "$work/kubectl.yaml"; then
    echo "output: $candidate == kubectl ($(wc -c <"$file") bytes)"
  else
    echo "output: $candidate DIFFERS from kubectl:"; diff -u "$work/kubectl.yaml" "$file" | head -30
    status=1
  fi
done

read -r k_wall k_cpu k_rss <<<"$(summary "$work/kubectl")"
read -r c_wall c_cpu c_rss <<<"$(summary "$work/cli")"
read -r w_wall w_cpu w_rss <<<"$(summary "$work/warm")"
k_ms="$(awk -v s="$k_wall" 'BEGIN {printf "%.0f", s * 1000}')"
c_ms="$(awk -v s="$c_wall" 'BEGIN {printf "%.0f", s * 1000}')"

echo
printf '%-34s %12s %12s %14s %10s\n' "" "wall (ms)" "CPU (ms)" "peak RSS (MB)" "vs kubectl"
printf '%-34s %12s %12s %14s %10s\n' "kubectl kustomize (median of $kubectl_runs)" "$k_ms" \
  "$(awk -v s="$k_cpu" 'BEGIN {printf "%.0f", s * 1000}')" "$((k_rss / 1024))" "1"
printf '%-34s %12s %12s %14s %10s\n' "tideline CLI, cold (median of $cold_runs)" "$c_ms" \
  "$(awk -v s="$c_cpu" 'BEGIN {printf "%.0f", s * 1000}')" "$((c_rss / 1024))" \
  "$(awk -v a="$c_ms" -v b="$k_ms" 'BEGIN {printf "1/%.1f", b / a}')"
printf '%-34s %12s %12s %14s %10s\n' "engine, warm in-process (median of $runs)" "$warm_ms" "$warm_cpu_ms" \
  "$((w_rss / 1024))" "$(awk -v a="$warm_ms" -v b="$k_ms" 'BEGIN {printf "1/%.1f", b / a}')"
echo "(engine: $warm_line; warm CPU is the building thread's, GC excluded; warm RSS is the whole"
echo " benchmark JVM with -Xmx$warm_heap; CLI and kubectl CPU is user+sys of the process)"
c_cpu_ms="$(awk -v s="$c_cpu" 'BEGIN {printf "%.0f", s * 1000}')"
k_cpu_ms="$(awk -v s="$k_cpu" 'BEGIN {printf "%.0f", s * 1000}')"
awk -v w="$warm_cpu_ms" -v c="$c_cpu_ms" -v k="$k_cpu_ms" 'BEGIN {
  printf "CPU-time ratios (robust to machine load): warm 1/%.1f, CLI cold 1/%.1f of kubectl\n", k / w, k / c }'
awk -v w="$warm_ms" -v c="$c_ms" -v k="$k_ms" 'BEGIN {
  printf "goals: warm <= 1/10 of kubectl: %s; CLI cold <= 1/3 of kubectl: %s\n",
    (w * 10 <= k ? "met" : "NOT met"), (c * 3 <= k ? "met" : "NOT met") }'
exit $status
