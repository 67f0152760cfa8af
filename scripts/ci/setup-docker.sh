#!/usr/bin/env bash
# Docker for the build tests (__tests__/docker/), when running as root (CI, a fresh machine). Safe to run
# again: each step checks first. Without it the tests that build images skip, saying so loudly.
#
# 1. Docker 26 and buildx from Debian trixie (pinned low by setup-tools.sh: only what is named is taken
#    from trixie, with what it needs).
# 2. dockerd with the classic image store on the default socket. No registry is reachable and the docker0
#    bridge is off (--bridge=none): builds run with --network=none.
# 3. A second dockerd with the containerd image store ("features": {"containerd-snapshotter": true}),
#    its own data root, exec root, pid file, socket and config file: the OCI export path. Its socket is
#    $STAGECRAFT_OCI_DOCKER_HOST (unix:///run/stagecraft-docker-oci.sock).
# 4. Local base images in both, made from files rather than pulled, tagged with the names the fixtures
#    use (stand-ins, not the real images):
#    - alpine:latest, alpine:3.20, busybox:latest: Debian's busybox-static;
#    - debian:bookworm-slim: a minbase Debian from debootstrap (from the apt mirror);
#    - node:18-alpine, node:alpine: busybox with the Node 18 binary of the npm "node" package and its libraries;
#    - node, node:18: the minbase Debian with that Node.
set -uo pipefail
[ "$(id -u)" = 0 ] || { echo "setup-docker: not root, installing nothing (the Docker build tests will skip)" >&2; exit 0; }
export DEBIAN_FRONTEND=noninteractive

OCI_SOCKET=/run/stagecraft-docker-oci.sock
OCI_ROOT=/var/lib/stagecraft-docker-oci
CACHE=/var/cache/stagecraft-docker
mkdir -p "$CACHE"

warn() { echo "setup-docker: $*" >&2; }

# --- 1. packages ----------------------------------------------------------------------------------
need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
docker buildx version >/dev/null 2>&1 || need+=(docker-buildx)
command -v docker >/dev/null 2>&1 || need+=(docker-cli)
ldd /bin/busybox 2>&1 | grep -q 'not a dynamic' || need+=(busybox-static)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
  if [ ! -f /etc/apt/sources.list.d/trixie.sources ]; then
    awk 'BEGIN{RS="";ORS="\n\n"} NR==1' /etc/apt/sources.list.d/debian.sources | sed 's/^Suites:.*/Suites: trixie/' > /etc/apt/sources.list.d/trixie.sources
    printf 'Package: *\nPin: release n=trixie\nPin-Priority: 100\n' > /etc/apt/preferences.d/trixie-low
  fi
  apt-get update -qq >/dev/null
  apt-get install -y -qq -t trixie "${need[@]}" >/dev/null || { warn "could not install ${need[*]}"; exit 0; }
fi

# --- 2. and 3. the daemons ------------------------------------------------------------------------
wait_for() { # socket
  for _ in $(seq 1 60); do DOCKER_HOST="unix://$1" docker info >/dev/null 2>&1 && return 0; sleep 0.5; done
  return 1
}

if ! DOCKER_HOST=unix:///var/run/docker.sock docker info >/dev/null 2>&1; then
  nohup dockerd --bridge=none --iptables=false --ip-masq=false >/var/log/stagecraft-dockerd.log 2>&1 &
  wait_for /var/run/docker.sock || { warn "dockerd did not start: see /var/log/stagecraft-dockerd.log"; exit 0; }
fi

if ! DOCKER_HOST="unix://$OCI_SOCKET" docker info >/dev/null 2>&1; then
  mkdir -p "$OCI_ROOT"
  printf '{"features":{"containerd-snapshotter":true}}\n' > "$OCI_ROOT/daemon.json"
  nohup dockerd --config-file "$OCI_ROOT/daemon.json" --data-root "$OCI_ROOT/data" --exec-root /run/stagecraft-docker-oci \
    --pidfile /run/stagecraft-docker-oci.pid -H "unix://$OCI_SOCKET" --bridge=none --iptables=false --ip-masq=false \
    >/var/log/stagecraft-dockerd-oci.log 2>&1 &
  wait_for "$OCI_SOCKET" || warn "the containerd-store dockerd did not start: see /var/log/stagecraft-dockerd-oci.log"
fi

# --- 4. base images -------------------------------------------------------------------------------
# Each rootfs is made once into $CACHE/<name>.tar, then imported into every daemon that lacks the tag.
busybox_rootfs() { # dir
  mkdir -p "$1/bin" "$1/tmp" "$1/etc" "$1/root"
  cp /bin/busybox "$1/bin/busybox"
  for applet in $(/bin/busybox --list); do [ -e "$1/bin/$applet" ] || ln -s busybox "$1/bin/$applet"; done
  chmod 1777 "$1/tmp"
  printf 'root:x:0:0:root:/root:/bin/sh\n' > "$1/etc/passwd"
  printf 'root:x:0:\n' > "$1/etc/group"
}

node_binary() { # prints the path of Node 18 from the npm "node" package
  local dir="$CACHE/npm-node"
  if [ ! -x "$dir/node_modules/node/bin/node" ]; then
    mkdir -p "$dir" && npm install --silent --no-save --no-audit --no-fund --prefix "$dir" node@18 >/dev/null 2>&1 || return 1
  fi
  echo "$dir/node_modules/node/bin/node"
}

add_node() { # rootfs-dir node-binary
  mkdir -p "$1/usr/local/bin"
  cp "$2" "$1/usr/local/bin/node"
  # The binary is linked against glibc: copy the libraries it loads, at the paths it loads them from.
  # A Debian tree has most of them already (its /lib64 a link that resolves only inside the image).
  for lib in $(ldd "$2" | grep -o '/[^ ]*'); do
    [ -e "$1$lib" ] || [ -L "$1$lib" ] || { mkdir -p "$1$(dirname "$lib")" && cp -L "$lib" "$1$lib"; } || return 1
  done
}

make_tar() { # name builder-function
  local tar="$CACHE/$1.tar"
  [ -s "$tar" ] && return 0
  local dir
  dir=$(mktemp -d)
  if "$2" "$dir"; then tar -C "$dir" -cf "$tar.tmp" . && mv "$tar.tmp" "$tar"; else warn "could not make the $1 rootfs"; fi
  rm -rf "$dir"
  [ -s "$tar" ]
}

busybox_tree() { busybox_rootfs "$1"; }
minbase_tree() { debootstrap --variant=minbase bookworm "$1" http://deb.debian.org/debian >/dev/null 2>&1 && rm -rf "$1"/var/cache/apt/archives/*.deb "$1"/var/lib/apt/lists/*; }
node_alpine_tree() { local node; node=$(node_binary) || return 1; busybox_rootfs "$1" && add_node "$1" "$node"; }
node_debian_tree() { local node; node=$(node_binary) || return 1; tar -C "$1" -xf "$CACHE/minbase.tar" && add_node "$1" "$node"; }

make_tar busybox busybox_tree
make_tar minbase minbase_tree
make_tar node-alpine node_alpine_tree
[ -s "$CACHE/minbase.tar" ] && make_tar node-debian node_debian_tree

import_into() { # socket tar tags...
  local socket=$1 tar=$2; shift 2
  [ -s "$tar" ] || return 0
  DOCKER_HOST="unix://$socket" docker info >/dev/null 2>&1 || return 0
  local first=$1 id
  if ! DOCKER_HOST="unix://$socket" docker image inspect "$first" >/dev/null 2>&1; then
    DOCKER_HOST="unix://$socket" docker import --change 'ENV PATH=/usr/local/bin:/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin' --change 'CMD ["/bin/sh"]' "$tar" "$first" >/dev/null || { warn "could not import $first"; return 0; }
  fi
  id=$(DOCKER_HOST="unix://$socket" docker image inspect --format '{{.Id}}' "$first")
  for tag in "$@"; do DOCKER_HOST="unix://$socket" docker tag "$id" "$tag"; done
}

for socket in /var/run/docker.sock "$OCI_SOCKET"; do
  import_into "$socket" "$CACHE/busybox.tar" alpine:latest alpine:3.20 busybox:latest
  import_into "$socket" "$CACHE/minbase.tar" debian:bookworm-slim
  import_into "$socket" "$CACHE/node-alpine.tar" node:18-alpine node:alpine
  import_into "$socket" "$CACHE/node-debian.tar" node:18 node:latest
done
exit 0
