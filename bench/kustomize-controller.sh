#!/usr/bin/env bash
# Benchmark modelled on Flux's: N Kustomizations, each applying a Deployment scaled to 0, a
# ServiceAccount, a Service and an Ingress, against the cluster in KUBECONFIG (e.g. from
# hack/envtest.sh start). Prints the time until all are Ready, the controller's peak RSS and the
# number of non-dry-run writes the API server saw during one no-op interval.
#
#   bench/kustomize-controller.sh N [concurrency]
#   BENCH_CONTROLLER_ARGS="--concurrent-ssa=1" bench/kustomize-controller.sh 1000 20   (extra controller flags)
set -euo pipefail
N=${1:-100}
CONCURRENCY=${2:-20}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$ROOT/kustomize-controller/target/quarkus-app/quarkus-run.jar
WORK=$(mktemp -d)
PORT=${BENCH_ARTIFACT_PORT:-18765}
NS=bench-$N-$RANDOM
cleanup() { [[ -n ${CTRL:-} ]] && kill "$CTRL" 2>/dev/null; [[ -n ${HTTP:-} ]] && kill "$HTTP" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

mkdir -p "$WORK/app" "$WORK/store"
cat >"$WORK/app/app.yaml" <<'YAML'
apiVersion: v1
kind: ServiceAccount
metadata: {name: podinfo}
---
apiVersion: v1
kind: Service
metadata: {name: podinfo}
spec:
  selector: {app: podinfo}
  ports: [{port: 9898, targetPort: 9898}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: podinfo}
spec:
  replicas: 0
  selector: {matchLabels: {app: podinfo}}
  template:
    metadata: {labels: {app: podinfo}}
    spec:
      serviceAccountName: podinfo
      containers: [{name: podinfo, image: ghcr.io/stefanprodan/podinfo:6.5.0}]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: {name: podinfo}
spec:
  rules:
    - host: podinfo.example.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: podinfo, port: {number: 9898}}}
YAML
tar -C "$WORK/app" -czf "$WORK/store/app.tar.gz" .
DIGEST=sha256:$(sha256sum "$WORK/store/app.tar.gz" | cut -d' ' -f1)
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$WORK/store" >/dev/null 2>&1 &
HTTP=$!

kubectl create namespace "$NS" >/dev/null
kubectl apply -f - >/dev/null <<YAML
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata: {name: bench, namespace: $NS}
spec: {interval: 1h, url: "https://git.example.invalid/bench.git"}
YAML
NOW=$(date -u +%Y-%m-%dT%H:%M:%SZ)
kubectl patch gitrepository bench -n "$NS" --subresource=status --type=merge -p "{\"status\":{\"observedGeneration\":1,\"artifact\":{\"path\":\"x\",\"url\":\"http://127.0.0.1:$PORT/app.tar.gz\",\"revision\":\"main@sha1:0123456789abcdef0123456789abcdef01234567\",\"digest\":\"$DIGEST\",\"lastUpdateTime\":\"$NOW\"},\"conditions\":[{\"type\":\"Ready\",\"status\":\"True\",\"reason\":\"Succeeded\",\"message\":\"ok\",\"lastTransitionTime\":\"$NOW\",\"observedGeneration\":1}]}}" >/dev/null

java ${BENCH_JAVA_OPTS:--Xmx128m -XX:+UseSerialGC -Xss256k -XX:ReservedCodeCacheSize=32m -XX:MaxMetaspaceSize=100m -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:MaxDirectMemorySize=32m -Dquarkus.vertx.event-loops-pool-size=1 -Djdk.nio.maxCachedBufferSize=262144 -XX:+UseStringDeduplication -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30} -jar "$JAR" --log-encoding=console --log-level=error --concurrent="$CONCURRENCY" \
  --metrics-addr=127.0.0.1:0 --health-addr=127.0.0.1:0 --watch-label-selector="bench=$NS" ${BENCH_CONTROLLER_ARGS:-} >"$WORK/controller.log" 2>&1 &
CTRL=$!

START=$(date +%s.%N)
for i in $(seq 1 "$N"); do
  cat <<YAML
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: app-$i, namespace: $NS, labels: {bench: $NS}}
spec: {interval: 1m, path: ./, prune: true, targetNamespace: $NS, namePrefix: app-$i-, sourceRef: {kind: GitRepository, name: bench}}
YAML
done | kubectl apply -f - >/dev/null

while true; do
  READY=$(kubectl get kustomizations -n "$NS" -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -c True || true)
  [[ $READY -ge $N ]] && break
  sleep 1
done
END=$(date +%s.%N)
printf 'N=%s concurrency=%s: all Ready in %.1fs\n' "$N" "$CONCURRENCY" "$(echo "$END - $START" | bc)"

writes() {
  kubectl get --raw /metrics | grep '^apiserver_request_total' | grep -E 'verb="(POST|PUT|PATCH|DELETE|APPLY)"' \
    | grep 'dry_run=""' | grep -v -E 'resource="(leases|endpoints)"' | awk '{s+=$NF} END {print s+0}'
}
BEFORE=$(writes)
sleep 75   # one full interval (1m) plus jitter: every Kustomization reconciles once, nothing changed
AFTER=$(writes)
echo "non-dry-run writes (excluding the API server's own leases and endpoints) during a no-op interval: $((AFTER - BEFORE))"
echo "peak RSS of kustomize-controller: $(grep VmHWM /proc/$CTRL/status | awk '{printf "%.0f MiB", $2/1024}')"
