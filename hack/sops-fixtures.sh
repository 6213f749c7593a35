#!/usr/bin/env bash
# Regenerates the SOPS test fixtures of the sops module with the real `sops` CLI.
#
#   hack/sops-fixtures.sh          build (or find) sops, then encrypt sops/src/test/resources/testdata/sops/plain/*
#
# sops is built once from Go modules and cached in ~/.cache/tideline/tools/ (TIDELINE_TOOLS_CACHE);
# age keys come from Debian's `age` package (age-keygen). The test-only age keys are committed
# next to the fixtures (age.agekey decrypts everything, other.agekey is a second recipient of
# multi-recipient.yaml and holds the second key group of shamir.yaml, wrong.agekey is a recipient of nothing). decrypted/ holds `sops decrypt`
# output of each encrypted fixture, the oracle for the tests.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=hack/sops-bin.sh
source "$ROOT/hack/sops-bin.sh"
DIR="$ROOT/sops/src/test/resources/testdata/sops"
PLAIN="$DIR/plain"
OUT="$DIR/encrypted"

log() { echo "sops-fixtures: $*" >&2; }

key() {
  local file="$DIR/$1.agekey"
  [[ -s $file ]] || age-keygen -o "$file" 2>/dev/null
  age-keygen -y "$file"
}

SOPS=$(sops_bin)
command -v age-keygen >/dev/null || { log "age-keygen missing: apt-get install age"; exit 1; }
MAIN=$(key age)
OTHER=$(key other)
key wrong >/dev/null
mkdir -p "$OUT"
# an empty config file so a .sops.yaml elsewhere never applies
CONFIG=$(mktemp); MAC_ONLY_CONFIG=$(mktemp); trap 'rm -f "$CONFIG" "$MAC_ONLY_CONFIG"' EXIT
echo 'creation_rules: [{age: "'"$MAIN"'"}]' >"$CONFIG"
echo 'creation_rules: [{age: "'"$MAIN"'", mac_only_encrypted: true}]' >"$MAC_ONLY_CONFIG"

enc() { # enc <plain file> <out file> [sops flags...]
  local in=$1 out=$2; shift 2
  "$SOPS" --config "${SOPS_CONFIG:-$CONFIG}" encrypt --age "$MAIN" "$@" "$PLAIN/$in" >"$OUT/$out"
  log "$out"
}

enc app.yaml app.yaml
enc config.json config.json
enc app.env app.env
enc blob.bin blob.bin --input-type binary --output-type binary
enc secret.yaml secret.yaml --encrypted-regex '^(data|stringData)$'
enc secret.yaml secret.json --encrypted-regex '^(data|stringData)$' --output-type json
enc partial.yaml partial.yaml
enc partial.yaml encrypted-suffix.yaml --encrypted-suffix Key
enc regex.yaml regex.yaml --unencrypted-regex '^(metadata|replicas)$'
SOPS_CONFIG=$MAC_ONLY_CONFIG enc regex.yaml mac-only.yaml --encrypted-regex '^(password|token)$'
"$SOPS" --config "$CONFIG" encrypt --age "$MAIN,$OTHER" "$PLAIN/app.yaml" >"$OUT/multi-recipient.yaml"
log multi-recipient.yaml

# two key groups, both needed (Shamir threshold 2)
SHAMIR_CONFIG=$(mktemp)
printf 'creation_rules: [{key_groups: [{age: ["%s"]}, {age: ["%s"]}], shamir_threshold: 2}]\n' "$MAIN" "$OTHER" >"$SHAMIR_CONFIG"
"$SOPS" --config "$SHAMIR_CONFIG" encrypt "$PLAIN/app.yaml" >"$OUT/shamir.yaml"
rm -f "$SHAMIR_CONFIG"
log shamir.yaml

# what sops itself decrypts each fixture to: the oracle the tests compare with
mkdir -p "$DIR/decrypted"
for f in "$OUT"/*; do
  name=$(basename "$f")
  case $name in
    blob.bin) flags=(--input-type binary --output-type binary) ;;
    secret.json) flags=(--input-type json --output-type json) ;;
    *) flags=() ;;
  esac
  SOPS_AGE_KEY=$(cat "$DIR/age.agekey" "$DIR/other.agekey") "$SOPS" decrypt "${flags[@]}" "$f" >"$DIR/decrypted/$name"
done
log "decrypted/ written by sops decrypt"
