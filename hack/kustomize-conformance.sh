#!/usr/bin/env bash
# Regenerates the Kustomize conformance corpus with `kubectl kustomize` (the oracle) and
# checks that every negative case still fails under kubectl.
#
#   hack/kustomize-conformance.sh           rewrite every expected.yaml
#   hack/kustomize-conformance.sh --check   compare only; exit 1 on any difference
#   hack/kustomize-conformance.sh CASE...   limit to case dirs whose name contains CASE
#
# Layout: kustomize-engine/src/test/resources/conformance/README.md
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$repo/kustomize-engine/src/test/resources/conformance"
errors="$repo/kustomize-engine/src/test/resources/conformance-errors"

check=false
filters=()
for arg in "$@"; do
  case "$arg" in
    --check) check=true ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) filters+=("$arg") ;;
  esac
done

command -v kubectl >/dev/null || { echo "kubectl not found on PATH" >&2; exit 2; }
version="$(kubectl version --client 2>/dev/null | sed -n 's/^Kustomize Version: //p')"
if [[ "$version" != "v5.5.0" ]]; then
  echo "warning: kubectl embeds kustomize ${version:-unknown}; the corpus is recorded with v5.5.0" >&2
fi

prop() { # prop FILE KEY DEFAULT
  local value
  value="$(sed -n "s/^[[:space:]]*$2[[:space:]]*[=:][[:space:]]*//p" "$1" 2>/dev/null | tail -n1)"
  echo "${value:-$3}"
}

selected() {
  [[ ${#filters[@]} -eq 0 ]] && return 0
  local f
  for f in "${filters[@]}"; do [[ "$1" == *"$f"* ]] && return 0; done
  return 1
}

build() { # build CASE_DIR -> stdout/stderr of kubectl, its exit code
  local dir="$1" root restrictor
  root="$(prop "$dir/case.properties" root input)"
  restrictor="$(prop "$dir/case.properties" loadRestrictor LoadRestrictionsRootOnly)"
  kubectl kustomize --load-restrictor "$restrictor" "$dir/$root"
}

failures=0 written=0 same=0 negatives=0
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT

for dir in "$corpus"/*/; do
  dir="${dir%/}"; name="$(basename "$dir")"
  selected "$name" || continue
  if [[ ! -f "$dir/case.properties" ]]; then
    echo "FAIL $name: no case.properties" >&2; failures=$((failures + 1)); continue
  fi
  if ! build "$dir" >"$tmp" 2>"$tmp.err"; then
    echo "FAIL $name: kubectl kustomize failed: $(cat "$tmp.err")" >&2
    failures=$((failures + 1)); continue
  fi
  if cmp -s "$tmp" "$dir/expected.yaml"; then
    same=$((same + 1))
  elif $check; then
    echo "DIFF $name" >&2; diff -u "$dir/expected.yaml" "$tmp" | head -40 >&2 || true
    failures=$((failures + 1))
  else
    cp "$tmp" "$dir/expected.yaml"; written=$((written + 1)); echo "wrote $name/expected.yaml"
  fi
done
rm -f "$tmp.err"

for dir in "$errors"/*/; do
  [[ -d "$dir" ]] || continue
  dir="${dir%/}"; name="$(basename "$dir")"
  selected "$name" || continue
  negatives=$((negatives + 1))
  if [[ ! -f "$dir/expected-error.txt" ]]; then
    echo "FAIL $name: no expected-error.txt" >&2; failures=$((failures + 1)); continue
  fi
  if build "$dir" >/dev/null 2>"$tmp"; then
    echo "FAIL $name: kubectl kustomize succeeded, the case expects an error" >&2
    failures=$((failures + 1))
  else
    echo "ok   $name fails under kubectl: $(head -c 300 "$tmp" | tr '\n' ' ')"
  fi
done

echo "positive: $same unchanged, $written rewritten; negative: $negatives checked; failures: $failures"
[[ $failures -eq 0 ]]
