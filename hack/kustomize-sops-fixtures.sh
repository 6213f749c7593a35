#!/usr/bin/env bash
# Regenerates kustomize-controller's SOPS generator fixtures with the real `sops` CLI.
#
#   hack/kustomize-sops-fixtures.sh
#
# Writes kustomize-controller/src/test/resources/testdata/sops-generators/: a kustomization tree
# whose secretGenerator env/files, patch, Secret data entry, JSON Secret manifest and component are
# SOPS-encrypted for the test age key (the sops module's age.agekey, copied to
# kustomize-controller/src/test/resources/sops-keys/age.agekey). sops is built by
# hack/sops-bin.sh (cached in ~/.cache/tideline/tools/).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=hack/sops-bin.sh
source "$ROOT/hack/sops-bin.sh"
KEY="$ROOT/kustomize-controller/src/test/resources/sops-keys/age.agekey"
OUT="$ROOT/kustomize-controller/src/test/resources/testdata/sops-generators"

SOPS=$(sops_bin)
RECIPIENT=$(age-keygen -y "$KEY")
CONFIG=$(mktemp)
PLAIN=$(mktemp -d)
trap 'rm -rf "$CONFIG" "$PLAIN"' EXIT
echo 'creation_rules: [{age: "'"$RECIPIENT"'"}]' >"$CONFIG"

enc() { # enc <plain file> <out file> [sops flags...]
  local in=$1 out=$2; shift 2
  mkdir -p "$(dirname "$OUT/$out")"
  "$SOPS" --config "$CONFIG" encrypt --age "$RECIPIENT" "$@" "$PLAIN/$in" >"$OUT/$out"
  echo "kustomize-sops-fixtures: $out" >&2
}
put() { mkdir -p "$(dirname "$OUT/$1")"; cat >"$OUT/$1"; }

rm -rf "$OUT"
put kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - envs
  - files
  - patches
  - inside
  - manifests
components:
  - ./component
YAML

put envs/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
generatorOptions:
  disableNameSuffixHash: true
secretGenerator:
  - name: env-secret
    envs:
      - app.env
configMapGenerator:
  - name: env-config
    envs:
      - app.env
YAML
printf '# database\nDB_USER=admin\nDB_PASSWORD=hunter2\n' >"$PLAIN/app.env"
enc app.env envs/app.env

put files/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
generatorOptions:
  disableNameSuffixHash: true
secretGenerator:
  - name: file-secret
    files:
      - config.yaml
      - settings.json
      - token=token.bin
      - notes.txt
YAML
printf 'key: value\nnested:\n  password: s3cr3t\n' >"$PLAIN/config.yaml"
enc config.yaml files/config.yaml
printf '{\n  "endpoint": "https://db.internal",\n  "retries": 3\n}\n' >"$PLAIN/settings.json"
enc settings.json files/settings.json
printf 'tok\001en-bytes\nsecond line\n' >"$PLAIN/token.bin"
enc token.bin files/token.bin --input-type binary --output-type binary
printf 'not encrypted\n' >"$OUT/files/notes.txt"

put patches/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
generatorOptions:
  disableNameSuffixHash: true
secretGenerator:
  - name: patched-secret
    literals:
      - base=literal
patches:
  - path: patch.yaml
YAML
printf 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: patched-secret\nstringData:\n  patched: from-encrypted-patch\n' >"$PLAIN/patch.yaml"
enc patch.yaml patches/patch.yaml --encrypted-regex '^(data|stringData)$'

printf 'inside-value' >"$PLAIN/inside.bin"
"$SOPS" --config "$CONFIG" encrypt --age "$RECIPIENT" --input-type binary --output-type binary \
  "$PLAIN/inside.bin" >"$PLAIN/inside.enc"
put inside/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - secret.yaml
YAML
put inside/secret.yaml <<YAML
apiVersion: v1
kind: Secret
metadata:
  name: inside-secret
data:
  token: $(base64 -w0 "$PLAIN/inside.enc")
  plain: $(printf 'untouched' | base64 -w0)
YAML

put manifests/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - secret.json
YAML
printf '{\n  "apiVersion": "v1",\n  "kind": "Secret",\n  "metadata": {"name": "json-secret"},\n  "stringData": {"password": "json-s3cr3t"}\n}\n' >"$PLAIN/secret.json"
enc secret.json manifests/secret.json --encrypted-regex '^(data|stringData)$'

put component/kustomization.yaml <<'YAML'
apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
generatorOptions:
  disableNameSuffixHash: true
secretGenerator:
  - name: component-secret
    envs:
      - component.env
YAML
printf 'COMPONENT_TOKEN=from-component\n' >"$PLAIN/component.env"
enc component.env component/component.env
