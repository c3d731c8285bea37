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
