#!/bin/sh
# Admission check for a plain deploy script: the image is deployed only if
# `tollgate verify-image` passes for that exact digest.
#
# Usage: deploy.sh IMAGE@sha256:<hex> POLICY COMMAND [ARGS...]
#   COMMAND runs only after the check passed, with IMAGE set to the verified reference,
#   e.g. deploy.sh "$ref" .github/tollgate.yml kubectl set image deploy/shop "shop=$ref"
# Exit codes: those of COMMAND; 1 when the image does not verify; 2 for bad usage.
set -eu

if [ "$#" -lt 3 ]; then
  echo "usage: deploy.sh IMAGE@sha256:<hex> POLICY COMMAND [ARGS...]" >&2
  exit 2
fi
image=$1
policy=$2
shift 2

# A tag can be moved after the check; only a digest names what was verified.
case "$image" in
  *@sha256:*) ;;
  *)
    echo "deploy.sh: $image is not pinned by digest; refusing to deploy" >&2
    exit 2
    ;;
esac

if ! tollgate verify-image "$image" --policy "$policy"; then
  echo "deploy.sh: $image did not pass verification; not deployed" >&2
  exit 1
fi

IMAGE=$image
export IMAGE
exec "$@"
