#!/usr/bin/env bash
# The GitOps loop in one command: a Kubernetes API, Tideline's source-controller and
# kustomize-controller, and a Git server with a demo app, all on 127.0.0.1.
#
#   hack/demo.sh            run the demo, then keep everything running until Ctrl-C
#   hack/demo.sh --once     run the demo and stop everything (no waiting for Ctrl-C)
#
# Steps: build the controller jars if missing; start a control plane (hack/envtest.sh
# --workloads: kube-apiserver, kube-controller-manager, kube-scheduler, kwok) unless KUBECONFIG
# points at a reachable cluster; install the CRDs; serve demo/app as a Git repository; start
# both controllers; apply demo/flux (GitRepository + Kustomization); wait until Ready; show the
# objects and their health; delete the Deployment and watch it come back.
#
# Environment:
#   KUBECONFIG                   use this cluster instead of starting one (CRDs get installed;
#                                the demo's objects are deleted again on exit)
#   TIDELINE_DEMO_DIR            work folder (default: a new /tmp/tideline-demo.XXXXXX)
#   TIDELINE_DEMO_TIMEOUT        seconds to wait for each step (default 180)
#   TIDELINE_SOURCE_CONTROLLER_JAR, TIDELINE_KUSTOMIZE_CONTROLLER_JAR
#                                other builds of the controllers (quarkus-run.jar paths)
#   TIDELINE_DEMO_JAVA_OPTS      extra JVM options for both controllers
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SC_JAR=${TIDELINE_SOURCE_CONTROLLER_JAR:-$ROOT/source-controller/target/quarkus-app/quarkus-run.jar}
KC_JAR=${TIDELINE_KUSTOMIZE_CONTROLLER_JAR:-$ROOT/kustomize-controller/target/quarkus-app/quarkus-run.jar}
TIMEOUT=${TIDELINE_DEMO_TIMEOUT:-180}
FLUX_NS=flux-system
APP_NS=tideline-demo
ONCE=false

case ${1:-} in
  --once) ONCE=true ;;
  "") ;;
  *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac

bold() { if [[ -t 1 ]]; then printf '\n\033[1m==> %s\033[0m\n' "$*"; else printf '\n==> %s\n' "$*"; fi; }
say() { echo "    $*"; }
die() { echo "demo: $*" >&2; FAILED=true; exit 1; }

for tool in java kubectl git python3 curl setsid; do
  command -v "$tool" >/dev/null || die "$tool is needed on PATH"
done

WORK=${TIDELINE_DEMO_DIR:-$(mktemp -d /tmp/tideline-demo.XXXXXX)}
mkdir -p "$WORK/logs"
WORK=$(cd "$WORK" && pwd)
LOGS=$WORK/logs
PIDS=()          # processes this script started, stopped in reverse order
STARTED_ENVTEST=false
EXTERNAL_CLUSTER=false
FAILED=false
CLEANED=false
SLEEP_PID=""
CREATED_FLUX_NS=false

# ---------------------------------------------------------------- stopping

# Sends TERM to every process this script started, then waits up to 10 s for each (KILL after).
stop_all() {
  local i entry pid tick
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill -TERM "${PIDS[i]%%:*}" 2>/dev/null || true
  done
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    entry=${PIDS[i]}
    pid=${entry%%:*}
    for ((tick = 0; tick < 100; tick++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "demo: ${entry#*:} did not stop in 10s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
    fi
    say "stopped ${entry#*:}"
  done
}

cleanup() {
  local status=$?
  $CLEANED && return
  CLEANED=true
  trap '' INT TERM
  [[ -n $SLEEP_PID ]] && kill "$SLEEP_PID" 2>/dev/null
  [[ $status -ne 0 && $status -ne 130 && $status -ne 143 ]] && FAILED=true
  bold "Stopping"
  if $EXTERNAL_CLUSTER && [[ ${#PIDS[@]} -gt 0 ]]; then
    # On a cluster we did not create, let kustomize-controller prune the app before it stops.
    kubectl delete --ignore-not-found --wait=true --timeout=60s -f "$ROOT/demo/flux/kustomization.yaml" >/dev/null 2>&1 || true
    kubectl -n "$FLUX_NS" delete --ignore-not-found --wait=true --timeout=30s gitrepository demo-app >/dev/null 2>&1 || true
    $CREATED_FLUX_NS && { kubectl delete namespace "$FLUX_NS" --wait=false >/dev/null 2>&1 || true; }
    say "deleted the demo's objects from the cluster"
  fi
  stop_all
  if $STARTED_ENVTEST; then
    "$ROOT/hack/envtest.sh" stop --dir "$WORK/envtest" >/dev/null 2>&1 || true
    rm -rf "$WORK/envtest/etcd-data"
    say "stopped the control plane"
  fi
  if $FAILED || [[ -n ${TIDELINE_DEMO_DIR:-} ]]; then
    say "logs kept in $LOGS"
  else
    rm -rf "$WORK"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts a long-running process in its own session (a terminal's Ctrl-C reaches this script
# only, which then stops everything in order) and records its pid.
start_bg() {
  local name=$1 log=$2
  shift 2
  setsid "$@" >"$log" 2>&1 </dev/null &
  PIDS+=("$!:$name")
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# wait_until SECONDS WHAT COMMAND...: polls COMMAND every second.
wait_until() {
  local seconds=$1 what=$2 t
  shift 2
  for ((t = 0; t < seconds; t++)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

alive_or_die() {
  local pid=$1 name=$2 log=$3
  kill -0 "$pid" 2>/dev/null && return 0
  echo "demo: $name exited; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  die "$name failed to start"
}

http_ok() { curl -fs -o /dev/null --max-time 2 "$1"; }

# ---------------------------------------------------------------- 1. jars

bold "Controllers"
if [[ ! -f $SC_JAR || ! -f $KC_JAR ]]; then
  say "building source-controller and kustomize-controller (first time only)"
  (cd "$ROOT" && ./mvnw -B -q -pl source-controller,kustomize-controller -am package -DskipTests) \
    >"$LOGS/build.log" 2>&1 || { tail -n 40 "$LOGS/build.log" >&2; die "build failed (log: $LOGS/build.log)"; }
fi
say "source-controller:    $SC_JAR"
say "kustomize-controller: $KC_JAR"

# ---------------------------------------------------------------- 2. cluster

bold "Kubernetes API"
if [[ -n ${KUBECONFIG:-} ]] && kubectl version --request-timeout=5s >/dev/null 2>&1; then
  EXTERNAL_CLUSTER=true
  say "using the cluster of KUBECONFIG=$KUBECONFIG ($(kubectl config current-context 2>/dev/null || echo '?'))"
  say "(the Deployment only becomes healthy if this cluster runs pods: controller manager and nodes)"
else
  say "starting etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok (hack/envtest.sh --workloads)"
  say "(the first run builds them from Go modules into ~/.cache/tideline/envtest: several minutes)"
  STARTED_ENVTEST=true
  out=$(setsid "$ROOT/hack/envtest.sh" start --workloads --dir "$WORK/envtest" 2>"$LOGS/envtest.log") \
    || { tail -n 20 "$LOGS/envtest.log" >&2; die "the control plane did not start (logs: $LOGS/envtest.log, $WORK/envtest)"; }
  export KUBECONFIG=${out##*export KUBECONFIG=}
  say "$(tail -n 1 "$LOGS/envtest.log" | sed 's/^envtest: //')"
fi

kubectl apply --server-side --force-conflicts -k "$ROOT/manifests/crds" >"$LOGS/crds.log" 2>&1 \
  || { cat "$LOGS/crds.log" >&2; die "installing the CRDs failed"; }
kubectl kustomize "$ROOT/manifests/crds" | kubectl wait --for=condition=Established --timeout=60s -f - >/dev/null \
  || die "the CRDs did not become Established"
say "installed the Flux CRDs from manifests/crds"

# ---------------------------------------------------------------- 3. Git

bold "Git repository"
REPO=$WORK/git/demo-app
mkdir -p "$REPO"
cp -R "$ROOT/demo/app/." "$REPO/"
git -C "$REPO" init -q -b main
git -C "$REPO" add -A
git -C "$REPO" -c user.name=Tideline -c user.email=demo@tideline.invalid commit -q -m "demo app: base + demo overlay"
start_bg git-server "$LOGS/git-server.log" python3 "$ROOT/demo/git-http-server.py" "$WORK/git" --port-file "$WORK/git.port"
GIT_PID=${PIDS[-1]%%:*}
if ! wait_until 20 "git server" test -s "$WORK/git.port"; then
  alive_or_die "$GIT_PID" "git server" "$LOGS/git-server.log"
  die "the git server did not report its port in 20s (log: $LOGS/git-server.log)"
fi
GIT_URL=http://127.0.0.1:$(cat "$WORK/git.port")/demo-app
say "$GIT_URL serves $REPO (commit $(git -C "$REPO" rev-parse --short HEAD))"

# ---------------------------------------------------------------- 4. controllers

bold "Starting the controllers"
STORAGE_PORT=$(free_port)
SC_HEALTH=$(free_port)
KC_HEALTH=$(free_port)
# Console logs instead of Flux's JSON; small-footprint JVM settings; TIDELINE_DEMO_JAVA_OPTS adds more.
# shellcheck disable=SC2206
JAVA_OPTS=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dquarkus.log.console.json.enabled=false ${TIDELINE_DEMO_JAVA_OPTS:-})
start_bg source-controller "$LOGS/source-controller.log" java "${JAVA_OPTS[@]}" -jar "$SC_JAR" \
  --storage-path="$WORK/storage" --storage-addr="127.0.0.1:$STORAGE_PORT" \
  --storage-adv-addr="127.0.0.1:$STORAGE_PORT" --metrics-addr="127.0.0.1:$(free_port)" \
  --health-addr="127.0.0.1:$SC_HEALTH"
SC_PID=${PIDS[-1]%%:*}
start_bg kustomize-controller "$LOGS/kustomize-controller.log" java "${JAVA_OPTS[@]}" -jar "$KC_JAR" \
  --metrics-addr="127.0.0.1:$(free_port)" --health-addr="127.0.0.1:$KC_HEALTH"
KC_PID=${PIDS[-1]%%:*}
for ((t = 0; t < TIMEOUT; t++)); do
  alive_or_die "$SC_PID" source-controller "$LOGS/source-controller.log"
  alive_or_die "$KC_PID" kustomize-controller "$LOGS/kustomize-controller.log"
  http_ok "http://127.0.0.1:$SC_HEALTH/readyz" && http_ok "http://127.0.0.1:$KC_HEALTH/readyz" && break
  sleep 1
done
((t < TIMEOUT)) || die "the controllers were not ready after ${TIMEOUT}s (logs: $LOGS)"
say "source-controller    pid $SC_PID, artifacts on http://127.0.0.1:$STORAGE_PORT, log $LOGS/source-controller.log"
say "kustomize-controller pid $KC_PID, log $LOGS/kustomize-controller.log"

# ---------------------------------------------------------------- 5. GitOps

bold "Applying demo/flux (GitRepository + Kustomization)"
if ! kubectl get namespace "$FLUX_NS" >/dev/null 2>&1; then
  kubectl create namespace "$FLUX_NS" >/dev/null
  CREATED_FLUX_NS=true
fi
sed "s|\${DEMO_GIT_URL}|$GIT_URL|" "$ROOT/demo/flux/gitrepository.yaml" | kubectl apply -f -
kubectl apply -f "$ROOT/demo/flux/kustomization.yaml"

ready() { kubectl -n "$FLUX_NS" wait --for=condition=Ready --timeout=1s "$1" >/dev/null 2>&1; }
request_reconcile() { kubectl -n "$FLUX_NS" annotate --overwrite "$1" "reconcile.fluxcd.io/requestedAt=$(date +%s%N)" >/dev/null; }
status_of() { kubectl -n "$FLUX_NS" get "$1" -o jsonpath='{.status.conditions[?(@.type=="Ready")].message}' 2>/dev/null; }

wait_ready() {
  local object=$1 t
  for ((t = 0; t < TIMEOUT; t++)); do
    alive_or_die "$SC_PID" source-controller "$LOGS/source-controller.log"
    alive_or_die "$KC_PID" kustomize-controller "$LOGS/kustomize-controller.log"
    ready "$object" && return 0
    sleep 1
  done
  echo "demo: $object is not Ready after ${TIMEOUT}s: $(status_of "$object")" >&2
  die "see $LOGS/source-controller.log and $LOGS/kustomize-controller.log"
}

start=$SECONDS
wait_ready gitrepository/demo-app
say "GitRepository Ready after $((SECONDS - start))s: $(status_of gitrepository/demo-app)"
# As `flux reconcile kustomization --with-source` does: ask for a reconcile now that the source
# has an artifact, instead of waiting for the dependency retry.
request_reconcile kustomization/demo-app
wait_ready kustomization/demo-app
say "Kustomization Ready after $((SECONDS - start))s: $(status_of kustomization/demo-app)"

bold "Flux objects"
kubectl -n "$FLUX_NS" get gitrepositories,kustomizations
bold "Applied objects (status.inventory of the Kustomization)"
kubectl -n "$FLUX_NS" get kustomization demo-app \
  -o jsonpath='{range .status.inventory.entries[*]}{.id}{"\n"}{end}' | sed 's/^/    /'
echo
kubectl -n "$APP_NS" get deployments,replicasets,pods,services,configmaps -l app.kubernetes.io/name=web -o wide

# ---------------------------------------------------------------- 6. drift

bold "Drift repair: deleting Deployment $APP_NS/web"
kubectl -n "$APP_NS" delete deployment web --wait=true
request_reconcile kustomization/demo-app
start=$SECONDS
wait_until "$TIMEOUT" "deployment" kubectl -n "$APP_NS" get deployment web \
  || die "Deployment $APP_NS/web did not come back after ${TIMEOUT}s (log: $LOGS/kustomize-controller.log)"
kubectl -n "$APP_NS" wait --for=condition=Available --timeout="${TIMEOUT}s" deployment/web >/dev/null \
  || die "Deployment $APP_NS/web came back but is not Available"
say "kustomize-controller re-created it in $((SECONDS - start))s:"
kubectl -n "$APP_NS" get deployment web
kubectl -n "$FLUX_NS" get kustomization demo-app

if $ONCE; then
  exit 0
fi

bold "Running. Press Ctrl-C to stop everything."
say "export KUBECONFIG=$KUBECONFIG"
say "change the app:  cd $REPO && sed -i 's/count: 2/count: 3/' overlays/demo/kustomization.yaml && git commit -qam scale"
say "then reconcile:  kubectl -n $FLUX_NS annotate --overwrite gitrepository/demo-app reconcile.fluxcd.io/requestedAt=\"\$(date +%s)\""
say "                 kubectl -n $FLUX_NS annotate --overwrite kustomization/demo-app reconcile.fluxcd.io/requestedAt=\"\$(date +%s)\""
say "                 (or wait for the 1m interval)"
say "logs:            $LOGS"
while true; do
  sleep 3600 &
  SLEEP_PID=$!
  wait "$SLEEP_PID" || true
done
