#!/usr/bin/env bash
# A real Kubernetes control plane for tests, demos and manual runs, on 127.0.0.1.
#
#   hack/envtest.sh install                 build (or find) the binaries; prints their folder
#   hack/envtest.sh start [--workloads]     start etcd + kube-apiserver (+ kube-controller-manager,
#                        [--dir DIR]         kube-scheduler and kwok with --workloads) in the background; reuses a
#                                            running one; last line: export KUBECONFIG=<path>
#   hack/envtest.sh stop [--dir DIR]        stop what start started
#   hack/envtest.sh status [--dir DIR]      exit 0 when the API server answers
#
# Binaries come from $KUBEBUILDER_ASSETS when it holds them, else they are built once from Go
# modules and cached in ~/.cache/tideline/envtest/<k8s-version>/ (TIDELINE_ENVTEST_CACHE).
set -euo pipefail

K8S_VERSION=${TIDELINE_K8S_VERSION:-1.34.4}
ETCD_VERSION=${TIDELINE_ETCD_VERSION:-3.5.21}
KWOK_VERSION=${TIDELINE_KWOK_VERSION:-0.7.0}
CACHE_ROOT=${TIDELINE_ENVTEST_CACHE:-$HOME/.cache/tideline/envtest}
BIN_DIR="$CACHE_ROOT/$K8S_VERSION"
DEFAULT_RUN_DIR=${TIDELINE_ENVTEST_DIR:-$HOME/.cache/tideline/run}

log() { echo "envtest: $*" >&2; }
die() { log "$*"; exit 1; }

# ---------------------------------------------------------------- binaries

binaries_in() {
  local dir=$1 need=(etcd kube-apiserver)
  [[ ${2:-} == --workloads ]] && need+=(kube-controller-manager kube-scheduler kwok)
  for b in "${need[@]}"; do [[ -x "$dir/$b" ]] || return 1; done
}

asset_dir() {
  if [[ -n ${KUBEBUILDER_ASSETS:-} ]] && binaries_in "$KUBEBUILDER_ASSETS" "${1:-}"; then
    echo "$KUBEBUILDER_ASSETS"
  else
    echo "$BIN_DIR"
  fi
}

build_kubernetes() {
  local src="$CACHE_ROOT/src/kubernetes-$K8S_VERSION" minor=${K8S_VERSION#*.}
  minor=${minor%%.*}
  mkdir -p "$src"
  (
    cd "$src"
    local gomod
    gomod=$(go mod download -json "k8s.io/kubernetes@v$K8S_VERSION" | python3 -c 'import json,sys; print(json.load(sys.stdin)["GoMod"])')
    {
      echo "module tideline.local/envtest"
      echo
      grep -E '^go [0-9]' "$gomod"
      echo
      echo "require k8s.io/kubernetes v$K8S_VERSION"
      echo
      grep -oE 'k8s\.io/[a-z0-9-]+ => \./staging' "$gomod" | awk -v v="v0.$minor.${K8S_VERSION##*.}" '{print "replace " $1 " => " $1 " " v}'
    } >go.mod
    printf '//go:build tools\n\npackage tools\n\nimport (\n\t_ "k8s.io/kubernetes/cmd/kube-apiserver"\n\t_ "k8s.io/kubernetes/cmd/kube-controller-manager"\n\t_ "k8s.io/kubernetes/cmd/kube-scheduler"\n)\n' >tools.go
    GOFLAGS=-mod=mod go mod tidy >&2
    local ld="-s -w -X k8s.io/component-base/version.gitVersion=v$K8S_VERSION -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor -X k8s.io/component-base/version.gitTreeState=clean"
    for cmd in kube-apiserver kube-controller-manager kube-scheduler; do
      [[ -x "$BIN_DIR/$cmd" ]] && continue
      log "building $cmd v$K8S_VERSION (first time only, several minutes)"
      go build -trimpath -ldflags "$ld" -o "$BIN_DIR/$cmd.tmp" "k8s.io/kubernetes/cmd/$cmd" && mv "$BIN_DIR/$cmd.tmp" "$BIN_DIR/$cmd"
    done
  )
}

build_etcd() {
  [[ -x "$BIN_DIR/etcd" ]] && return
  local src="$CACHE_ROOT/src/etcd-$ETCD_VERSION"
  mkdir -p "$src"
  (
    cd "$src"
    printf 'module tideline.local/etcd\n\ngo 1.23\n\nrequire go.etcd.io/etcd/server/v3 v%s\n' "$ETCD_VERSION" >go.mod
    printf '//go:build tools\n\npackage tools\n\nimport _ "go.etcd.io/etcd/server/v3"\n' >tools.go
    GOFLAGS=-mod=mod go mod tidy >&2
    log "building etcd v$ETCD_VERSION (first time only)"
    go build -trimpath -ldflags "-s -w" -o "$BIN_DIR/etcd.tmp" go.etcd.io/etcd/server/v3 && mv "$BIN_DIR/etcd.tmp" "$BIN_DIR/etcd"
  )
}

build_kwok() {
  [[ -x "$BIN_DIR/kwok" ]] && return
  log "building kwok v$KWOK_VERSION (first time only)"
  local gobin
  gobin=$(mktemp -d)
  GOBIN="$gobin" go install -trimpath -ldflags "-s -w" "sigs.k8s.io/kwok/cmd/kwok@v$KWOK_VERSION" >&2
  mv "$gobin/kwok" "$BIN_DIR/kwok"
  rmdir "$gobin"
}

cmd_install() {
  local dir
  dir=$(asset_dir --workloads)
  if ! binaries_in "$dir" --workloads; then
    command -v go >/dev/null || die "go is needed to build kube-apiserver and etcd (or set KUBEBUILDER_ASSETS)"
    mkdir -p "$BIN_DIR"
    build_etcd
    build_kubernetes
    build_kwok
    dir=$BIN_DIR
  fi
  echo "$dir"
}

# ---------------------------------------------------------------- start / stop

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

make_pki() {
  local pki=$1
  mkdir -p "$pki"
  (
    cd "$pki"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=tideline-envtest-ca" \
      -keyout ca.key -out ca.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/CN=kube-apiserver" -keyout apiserver.key -out apiserver.csr 2>/dev/null
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc\nextendedKeyUsage=serverAuth\n' >apiserver.ext
    openssl x509 -req -in apiserver.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile apiserver.ext -out apiserver.crt 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -subj "/O=system:masters/CN=tideline-admin" -keyout admin.key -out admin.csr 2>/dev/null
    printf 'extendedKeyUsage=clientAuth\n' >admin.ext
    openssl x509 -req -in admin.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
      -extfile admin.ext -out admin.crt 2>/dev/null
    openssl genrsa -out sa.key 2048 2>/dev/null
    openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
  )
}

write_kubeconfig() {
  local run=$1 port=$2 b64
  b64() { base64 -w0 <"$1"; }
  cat >"$run/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: envtest
  cluster:
    server: https://127.0.0.1:$port
    certificate-authority-data: $(b64 "$run/pki/ca.crt")
users:
- name: admin
  user:
    client-certificate-data: $(b64 "$run/pki/admin.crt")
    client-key-data: $(b64 "$run/pki/admin.key")
contexts:
- name: envtest
  context: {cluster: envtest, user: admin}
current-context: envtest
EOF
}

alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

api_ready() { kubectl --kubeconfig "$1/kubeconfig" --request-timeout=2s get --raw /readyz >/dev/null 2>&1; }

wait_for() {
  local what=$1 seconds=$2; shift 2
  for ((i = 0; i < seconds * 5; i++)); do "$@" && return 0; sleep 0.2; done
  die "$what did not come up in ${seconds}s (logs in $run)"
}

start_workloads() {
  local bins=$1 run=$2
  if ! alive "$run/kube-controller-manager.pid"; then
    "$bins/kube-controller-manager" --kubeconfig="$run/kubeconfig" --leader-elect=false \
      --secure-port=0 --controllers='*,-nodeipam,-nodelifecycle,-service-lb-controller,-cloud-node-lifecycle,-route,-persistentvolume-binder,-attachdetach' \
      --service-account-private-key-file="$run/pki/sa.key" --root-ca-file="$run/pki/ca.crt" \
      --use-service-account-credentials=false --concurrent-deployment-syncs=10 \
      >"$run/kube-controller-manager.log" 2>&1 &
    echo $! >"$run/kube-controller-manager.pid"
  fi
  if ! alive "$run/kube-scheduler.pid"; then
    "$bins/kube-scheduler" --kubeconfig="$run/kubeconfig" --leader-elect=false --secure-port=0 \
      >"$run/kube-scheduler.log" 2>&1 &
    echo $! >"$run/kube-scheduler.pid"
  fi
  if ! alive "$run/kwok.pid"; then
    "$bins/kwok" --kubeconfig="$run/kubeconfig" --manage-all-nodes=false \
      --manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake \
      --node-ip=127.0.0.1 --server-address=127.0.0.1:0 --cidr=10.244.0.0/16 \
      >"$run/kwok.log" 2>&1 &
    echo $! >"$run/kwok.pid"
  fi
  kubectl --kubeconfig "$run/kubeconfig" apply -f - >/dev/null <<'EOF'
apiVersion: v1
kind: Node
metadata:
  name: kwok-node-0
  annotations: {kwok.x-k8s.io/node: fake, node.alpha.kubernetes.io/ttl: "0"}
  labels: {kubernetes.io/hostname: kwok-node-0, kubernetes.io/os: linux, kubernetes.io/arch: amd64, type: kwok}
spec: {}
status:
  allocatable: {cpu: "1000", memory: 1Ti, pods: "10000"}
  capacity: {cpu: "1000", memory: 1Ti, pods: "10000"}
EOF
  wait_for "kwok node" 60 node_ready "$run"
}

node_ready() {
  [[ $(kubectl --kubeconfig "$1/kubeconfig" get node kwok-node-0 -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}' 2>/dev/null) == True ]]
}

cmd_start() {
  local run=$DEFAULT_RUN_DIR workloads=""
  while [[ $# -gt 0 ]]; do
    case $1 in
      --workloads) workloads=--workloads ;;
      --dir) run=$2; shift ;;
      *) die "unknown option $1" ;;
    esac
    shift
  done
  mkdir -p "$run"
  run=$(cd "$run" && pwd)
  local bins
  bins=$(asset_dir $workloads)
  binaries_in "$bins" $workloads || bins=$(cmd_install)

  if alive "$run/kube-apiserver.pid" && api_ready "$run"; then
    log "reusing the API server in $run"
  else
    cmd_stop --dir "$run" >/dev/null 2>&1 || true
    rm -rf "$run/etcd-data" "$run/pki"
    make_pki "$run/pki"
    local etcd_port peer_port api_port
    etcd_port=$(free_port); peer_port=$(free_port); api_port=$(free_port)
    "$bins/etcd" --data-dir="$run/etcd-data" --listen-client-urls="http://127.0.0.1:$etcd_port" \
      --advertise-client-urls="http://127.0.0.1:$etcd_port" --listen-peer-urls="http://127.0.0.1:$peer_port" \
      --initial-advertise-peer-urls="http://127.0.0.1:$peer_port" --initial-cluster="default=http://127.0.0.1:$peer_port" \
      --unsafe-no-fsync --quota-backend-bytes=8589934592 >"$run/etcd.log" 2>&1 &
    echo $! >"$run/etcd.pid"
    "$bins/kube-apiserver" --etcd-servers="http://127.0.0.1:$etcd_port" --bind-address=127.0.0.1 \
      --advertise-address=127.0.0.1 --secure-port="$api_port" --cert-dir="$run/pki" \
      --tls-cert-file="$run/pki/apiserver.crt" --tls-private-key-file="$run/pki/apiserver.key" \
      --client-ca-file="$run/pki/ca.crt" --authorization-mode=RBAC \
      --service-account-issuer=https://kubernetes.default.svc --service-account-key-file="$run/pki/sa.pub" \
      --service-account-signing-key-file="$run/pki/sa.key" --service-cluster-ip-range=10.96.0.0/16 \
      --disable-admission-plugins=ServiceAccount,TaintNodesByCondition --allow-privileged=true \
      --max-requests-inflight=2000 --max-mutating-requests-inflight=1000 \
      >"$run/kube-apiserver.log" 2>&1 &
    echo $! >"$run/kube-apiserver.pid"
    write_kubeconfig "$run" "$api_port"
    wait_for "kube-apiserver" 90 api_ready "$run"
    log "kube-apiserver $("$bins/kube-apiserver" --version | awk '{print $2}') on https://127.0.0.1:$api_port (state in $run)"
  fi
  [[ -n $workloads ]] && start_workloads "$bins" "$run"
  echo "export KUBECONFIG=$run/kubeconfig"
}

cmd_stop() {
  local run=$DEFAULT_RUN_DIR
  [[ ${1:-} == --dir ]] && run=$2
  for p in kwok kube-scheduler kube-controller-manager kube-apiserver etcd; do
    if alive "$run/$p.pid"; then
      local pid
      pid=$(cat "$run/$p.pid")
      kill "$pid" 2>/dev/null || true
      for ((i = 0; i < 50; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$run/$p.pid"
  done
  log "stopped ($run)"
}

cmd_status() {
  local run=$DEFAULT_RUN_DIR
  [[ ${1:-} == --dir ]] && run=$2
  alive "$run/kube-apiserver.pid" && api_ready "$run"
}

case ${1:-} in
  install) shift; cmd_install "$@" ;;
  start) shift; cmd_start "$@" ;;
  stop) shift; cmd_stop "$@" ;;
  status) shift; cmd_status "$@" ;;
  *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
