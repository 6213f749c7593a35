# Sourced by the hack/*sops*-fixtures.sh scripts: `sops_bin` prints the path of the real sops CLI,
# built once from Go modules (TIDELINE_SOPS_VERSION, default 3.10.2) and cached in
# ~/.cache/tideline/tools/ (TIDELINE_TOOLS_CACHE).

SOPS_VERSION=${TIDELINE_SOPS_VERSION:-3.10.2}

sops_bin() {
  local bin="${TIDELINE_TOOLS_CACHE:-$HOME/.cache/tideline/tools}/sops-$SOPS_VERSION/sops"
  if [[ ! -x $bin ]]; then
    echo "building sops v$SOPS_VERSION (one-time)" >&2
    mkdir -p "$(dirname "$bin")"
    GOBIN="$(dirname "$bin")" go install "github.com/getsops/sops/v3/cmd/sops@v$SOPS_VERSION" >&2
  fi
  echo "$bin"
}
