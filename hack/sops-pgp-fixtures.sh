#!/usr/bin/env bash
# Regenerates the OpenPGP SOPS fixtures of the sops module with real gpg and sops.
#
#   hack/sops-pgp-fixtures.sh    (run hack/sops-fixtures.sh first: it makes the age keys)
#
# Two throw-away, unprotected RSA-2048 keys (primary + encryption subkey) are made in a temporary GNUPGHOME and their armored
# SECRET keys committed as test-only keys: pgp.asc decrypts every pgp/ fixture, wrong-pgp.asc is a
# recipient of nothing; *.pub.asc are the public keys (not usable for decryption), protected-pgp.asc has a passphrase. mixed.yaml is encrypted for pgp.asc and age.agekey (either opens it).
# pgp/decrypted/ holds `sops decrypt` output, the oracle for the tests.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=hack/sops-bin.sh
source "$ROOT/hack/sops-bin.sh"
DIR="$ROOT/sops/src/test/resources/testdata/sops"
OUT="$DIR/pgp"

log() { echo "sops-pgp-fixtures: $*" >&2; }
SOPS=$(sops_bin)

GNUPGHOME=$(mktemp -d); export GNUPGHOME
CONFIG=$(mktemp)
trap 'gpgconf --kill gpg-agent 2>/dev/null || true; rm -rf "$GNUPGHOME" "$CONFIG"' EXIT

newkey() { # newkey <uid> <out .asc>: prints the fingerprint
  gpg --batch --passphrase '' --quick-gen-key "$1" rsa2048 default never 2>/dev/null
  local fp
  fp=$(gpg --batch --with-colons --list-secret-keys "$1" | awk -F: '/^fpr:/ {print $10; exit}')
  # an RSA primary made this way only signs: add the encryption subkey sops encrypts for
  gpg --batch --passphrase '' --quick-add-key "$fp" rsa2048 encr never 2>/dev/null
  gpg --batch --armor --export-secret-keys "$fp" >"$2"
  gpg --batch --armor --export "$fp" >"${2%.asc}.pub.asc"
  echo "$fp"
}

FP=$(newkey 'Tideline Test <test@tideline.invalid>' "$DIR/pgp.asc")
newkey 'Tideline Wrong <wrong@tideline.invalid>' "$DIR/wrong-pgp.asc" >/dev/null
# a passphrase-protected key: Flux (and Tideline) only accept unprotected ones
gpg --batch --pinentry-mode loopback --passphrase not-empty \
  --quick-gen-key 'Tideline Protected <protected@tideline.invalid>' rsa2048 default never 2>/dev/null
gpg --batch --pinentry-mode loopback --passphrase not-empty --armor \
  --export-secret-keys protected@tideline.invalid >"$DIR/protected-pgp.asc"
AGE=$(age-keygen -y "$DIR/age.agekey")
# a config file of our own so a .sops.yaml elsewhere never applies
echo 'creation_rules: [{pgp: "'"$FP"'"}]' >"$CONFIG"
mkdir -p "$OUT/encrypted" "$OUT/decrypted"

enc() { # enc <plain file> <out file> [sops flags...]
  local in=$1 out=$2; shift 2
  "$SOPS" --config "$CONFIG" encrypt "$@" "$DIR/plain/$in" >"$OUT/encrypted/$out"
  "$SOPS" decrypt "$OUT/encrypted/$out" >"$OUT/decrypted/$out"
  log "$out"
}

enc app.yaml app.yaml --pgp "$FP"
enc config.json config.json --pgp "$FP"
enc app.env app.env --pgp "$FP"
enc app.yaml mixed.yaml --pgp "$FP" --age "$AGE"

# kustomize-controller's DecryptionKeysTest loads the key from a Secret and opens app.yaml
KC="$ROOT/kustomize-controller/src/test/resources/sops-keys"
cp "$DIR/pgp.asc" "$KC/pgp.asc"
cp "$OUT/encrypted/app.yaml" "$KC/pgp-app.yaml"
