#!/usr/bin/env bash
# source-controller benchmark: a Git repository with >= 5,000 files and >= 100 commits, served
# over smart HTTP on 127.0.0.1, reconciled by the real controller (quarkus-run.jar) against a real
# kube-apiserver (hack/envtest.sh). Prints:
#   - time to first artifact (GitRepository created -> Ready=True)
#   - no-op reconcile time (mean of interval reconciles with an unchanged remote, from
#     gotk_reconcile_duration_seconds) and API writes during those no-op reconciles
#   - reference: `git clone --depth 1` + `tar czf` of the same tree
#   - controller start -> ready, the controller's CPU time during the first artifact, load average
#
# The controller runs with the JVM options the install manifest sets in JAVA_TOOL_OPTIONS, else
# with the controllers' usual launch options (C1 only, serial GC: see hack/demo.sh); override with
# BENCH_JAVA_OPTS (e.g. BENCH_JAVA_OPTS=" " for the JVM defaults).
#
#   bench/source-controller.sh            (build first: ./mvnw -B -q -pl source-controller -am package -DskipTests)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR="$ROOT/source-controller/target/quarkus-app/quarkus-run.jar"
CRD="$ROOT/api/target/classes/META-INF/fabric8/gitrepositories.source.toolkit.fluxcd.io-v1.yml"
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -B -q -pl source-controller -am package -DskipTests" >&2; exit 1; }
[[ -f "$CRD" ]] || CRD=$(ls "$ROOT"/manifests/crds/*gitrepositor* 2>/dev/null | head -1)
FILES=${FILES:-5000}
COMMITS=${COMMITS:-100}
INTERVAL_S=${INTERVAL_S:-5}
NOOP_WAIT_S=${NOOP_WAIT_S:-22}
MANIFEST_OPTS=$(sed -n '/name: JAVA_TOOL_OPTIONS/{n;s/.*value: *"\(.*\)"/\1/p}' \
  "$ROOT/manifests/install/source-controller/deployment.yaml" 2>/dev/null || true)
JAVA_OPTS=${BENCH_JAVA_OPTS:-${MANIFEST_OPTS:-"-XX:+UseSerialGC -XX:TieredStopAtLevel=1"}}

WORK=$(mktemp -d /tmp/source-bench.XXXXXX)
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  "$ROOT/hack/envtest.sh" stop --dir "$WORK/envtest" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.3f}')"; }

echo "== building a repository: $FILES files in $COMMITS commits" >&2
git init -q -b main "$WORK/src"
per=$((FILES / COMMITS))
for ((c = 0; c < COMMITS; c++)); do
  python3 - "$WORK/src" "$c" "$per" <<'PY'
import os, sys
root, c, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
d = os.path.join(root, "apps", f"team{c % 10}", f"svc{c}")
os.makedirs(d, exist_ok=True)
for i in range(per):
    with open(os.path.join(d, f"cm-{i}.yaml"), "w") as f:
        f.write(f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: svc{c}-cm-{i}\ndata:\n  key: value-{c}-{i}\n")
PY
  git -C "$WORK/src" add -A
  git -C "$WORK/src" -c user.name=bench -c user.email=bench@example.invalid commit -q -m "commit $c"
done
git clone -q --bare "$WORK/src" "$WORK/srv/app.git"
echo "   $(git -C "$WORK/src" ls-files | wc -l) files, $(git -C "$WORK/src" rev-list --count HEAD) commits" >&2

GIT_PORT=$(free_port)
python3 "$ROOT/bench/source-git-http.py" "$WORK/srv" "$GIT_PORT" & PIDS+=($!)
URL="http://127.0.0.1:$GIT_PORT/app.git"

echo "== starting kube-apiserver" >&2
"$ROOT/hack/envtest.sh" start --dir "$WORK/envtest" >"$WORK/envtest.log" 2>&1
export KUBECONFIG="$WORK/envtest/kubeconfig"
kubectl apply --server-side -f "$CRD" >/dev/null
kubectl wait --for=condition=Established crd/gitrepositories.source.toolkit.fluxcd.io --timeout=60s >/dev/null
kubectl create namespace bench >/dev/null

echo "== starting source-controller" >&2
METRICS_PORT=$(free_port); STORAGE_PORT=$(free_port); HEALTH_PORT=$(free_port)
launched=$(now)
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$JAR" --storage-path="$WORK/data" --storage-addr="127.0.0.1:$STORAGE_PORT" \
  --metrics-addr="127.0.0.1:$METRICS_PORT" --health-addr="127.0.0.1:$HEALTH_PORT" \
  --log-encoding=console >"$WORK/controller.log" 2>&1 & PIDS+=($!)
CONTROLLER_PID=${PIDS[-1]}
for _ in $(seq 1 600); do curl -sf "127.0.0.1:$HEALTH_PORT/readyz" >/dev/null && break; sleep 0.1; done
started=$(elapsed "$launched" "$(now)")
sleep 2
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$CONTROLLER_PID/stat"; }

metric() { curl -s "127.0.0.1:$METRICS_PORT/metrics" | awk -v m="$1" '$1 ~ "^"m"\\{" {print $2}' | head -1; }

echo "== time to first artifact" >&2
cpu0=$(cpu_ms)
load_first=$(cut -d' ' -f1 /proc/loadavg)
t0=$(now)
kubectl apply -f - >/dev/null <<YAML
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata: {name: app, namespace: bench}
spec: {interval: ${INTERVAL_S}s, url: "$URL", ref: {branch: main}}
YAML
kubectl -n bench wait --for=condition=Ready gitrepository/app --timeout=300s >/dev/null
t1=$(now)
first=$(elapsed "$t0" "$t1")
first_cpu=$(($(cpu_ms) - cpu0))
size=$(kubectl -n bench get gitrepository app -o jsonpath='{.status.artifact.size}')

echo "== no-op reconciles for ${NOOP_WAIT_S}s (interval ${INTERVAL_S}s)" >&2
sleep 2
rv0=$(kubectl -n bench get gitrepository app -o jsonpath='{.metadata.resourceVersion}')
ev0=$(kubectl -n bench get events --no-headers 2>/dev/null | wc -l)
n0=$(metric gotk_reconcile_duration_seconds_count); s0=$(metric gotk_reconcile_duration_seconds_sum)
sleep "$NOOP_WAIT_S"
rv1=$(kubectl -n bench get gitrepository app -o jsonpath='{.metadata.resourceVersion}')
ev1=$(kubectl -n bench get events --no-headers 2>/dev/null | wc -l)
n1=$(metric gotk_reconcile_duration_seconds_count); s1=$(metric gotk_reconcile_duration_seconds_sum)
noops=$(python3 -c "print(int($n1 - $n0))")
noop_ms=$(python3 -c "print(f'{($s1 - $s0) / max(1, $n1 - $n0) * 1000:.1f}')")
writes=$([[ "$rv0" == "$rv1" ]] && echo 0 || echo "resourceVersion changed $rv0 -> $rv1")

echo "== time to first artifact of a second object (warm JVM)" >&2
w0=$(now)
kubectl apply -f - >/dev/null <<YAML
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata: {name: app2, namespace: bench}
spec: {interval: 10m, url: "$URL", ref: {branch: main}}
YAML
kubectl -n bench wait --for=condition=Ready gitrepository/app2 --timeout=300s >/dev/null
w1=$(now)
warm=$(elapsed "$w0" "$w1")

echo "== reference: git clone --depth 1 + tar czf" >&2
load_ref=$(cut -d' ' -f1 /proc/loadavg)
r0=$(now)
git clone -q --depth 1 "$URL" "$WORK/ref"
tar -C "$WORK/ref" --exclude=.git -czf "$WORK/ref.tar.gz" .
r1=$(now)
ref=$(elapsed "$r0" "$r1")

cat <<OUT
source-controller benchmark ($(git -C "$WORK/src" ls-files | wc -l) files, $(git -C "$WORK/src" rev-list --count HEAD) commits, smart HTTP on 127.0.0.1)
  JVM options:                                ${JAVA_OPTS}
  controller start -> ready:                  ${started}s
  time to first artifact (create -> Ready):   ${first}s  (artifact ${size} bytes, load ${load_first})
  controller CPU during the first artifact:   ${first_cpu}ms
  time to first artifact, warm JVM:           ${warm}s
  no-op reconciles observed:                  ${noops}
  no-op reconcile time (mean):                ${noop_ms}ms
  API writes during no-op reconciles:         ${writes} (events: $((ev1 - ev0)))
  reference git clone --depth 1 + tar czf:    ${ref}s ($(stat -c %s "$WORK/ref.tar.gz") bytes, load ${load_ref})
  first artifact / reference:                 $(python3 -c "print(f'{$first / $ref:.2f}')")
OUT
