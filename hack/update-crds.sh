#!/usr/bin/env bash
# Regenerates manifests/crds/ (one <plural>.<group>.yaml per kind + kustomization.yaml) from the
# Java CRD types in api/: the fabric8 crd-generator runs in api's build, the manifests module
# post-processes its output. Run after changing any type in api/, then commit manifests/crds/.
# manifests' CrdsUpToDateTest fails (naming the files) while the committed CRDs are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q ${MAVEN_OFFLINE:+-o} -pl manifests -am test \
  -Dtest=CrdsUpToDateTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspotless.check.skip=true -Dtideline.update-crds
git status --short manifests/crds 2>/dev/null || true
