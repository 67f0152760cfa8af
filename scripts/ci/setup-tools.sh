#!/usr/bin/env bash
# Installs the Debian tools the tests use, when running as root (CI, a fresh machine). Without them the
# tests that need them skip, saying so. Safe to run again: each step checks first.
#
# - ShellCheck 0.9 (bookworm's package, on PATH: what ubuntu runners ship) and 0.10 (trixie's package,
#   unpacked beside it into /opt/shellcheck-0.10: the first that knows BusyBox, `--shell=busybox`).
# - Chromium, for the rendered stage graph test.
# - docker buildx, for `docker buildx bake --print` in __tests__/builds/ (no daemon needed).
#
# trixie's package lists are added pinned below bookworm's (priority 100), so nothing is installed or
# upgraded from them unless asked for by name.
set -uo pipefail
[ "$(id -u)" = 0 ] || { echo "setup-tools: not root, installing nothing" >&2; exit 0; }
export DEBIAN_FRONTEND=noninteractive

need=()
command -v shellcheck >/dev/null 2>&1 || need+=(shellcheck)
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-dejavu-core)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq >/dev/null && apt-get install -y -qq "${need[@]}" >/dev/null || echo "warning: could not install ${need[*]}" >&2
fi

add_trixie_lists() {
  if [ ! -f /etc/apt/sources.list.d/trixie.sources ]; then
    awk 'BEGIN{RS="";ORS="\n\n"} NR==1' /etc/apt/sources.list.d/debian.sources | sed 's/^Suites:.*/Suites: trixie/' > /etc/apt/sources.list.d/trixie.sources
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' > /etc/apt/preferences.d/trixie-low
  fi
  apt-cache policy shellcheck 2>/dev/null | grep -q ' 0\.10\.' || apt-get update -qq >/dev/null
}

shellcheck_010_dir=/opt/shellcheck-0.10
if ! "$shellcheck_010_dir/usr/bin/shellcheck" --version >/dev/null 2>&1; then
  add_trixie_lists
  # Download and unpack only: the binary runs on bookworm's libc, libgmp10 and libffi8.
  deb_dir=$(mktemp -d) && chmod 777 "$deb_dir"  # apt downloads as the _apt user
  (cd "$deb_dir" && apt-get download -qq shellcheck/trixie >/dev/null) \
    && dpkg -x "$deb_dir"/shellcheck_*.deb "$shellcheck_010_dir" \
    && "$shellcheck_010_dir/usr/bin/shellcheck" --version | grep -q '^version: 0\.10\.' \
    || echo "warning: could not install ShellCheck 0.10 into $shellcheck_010_dir; its tests will skip" >&2
  rm -rf "$deb_dir"
fi

# Debian 12 has no docker-buildx; trixie's depends only on libc6 (>= 2.34), which bookworm has. The
# machine's docker CLI finds the plugin in /usr/libexec/docker/cli-plugins.
if ! docker buildx version >/dev/null 2>&1; then
  add_trixie_lists
  buildx_packages=(docker-buildx)
  command -v docker >/dev/null 2>&1 || buildx_packages+=(docker-cli)
  apt-get install -y -qq -t trixie "${buildx_packages[@]}" >/dev/null || echo "warning: could not install docker-buildx" >&2
fi
exit 0
