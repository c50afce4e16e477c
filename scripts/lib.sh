# Helpers sourced by .ci/run, bench/http-vs-static.sh, bench/soak.sh and scripts/backup-restore.sh:
#   source "$here/scripts/lib.sh"
# Each needs bash with `set -euo pipefail` in force.

# apt_install PACKAGE...: installs Debian packages, as root or through sudo.
apt_install() {
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  fi
}

# need COMMAND PACKAGE: installs PACKAGE when COMMAND is neither on the PATH nor in /usr/sbin.
need() {
  if ! command -v "$1" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$1" ]; then
    apt_install "$2"
  fi
}

# free_port: a TCP port on loopback that nothing listens on now.
free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# wait_for URL [OUT]: waits up to two minutes for URL to answer 2xx (its body in OUT, if given); 1 if it never does.
wait_for() {
  local _
  for _ in $(seq 1 600); do
    if curl -fsS -o "${2:-/dev/null}" "$1" 2>/dev/null; then
      return 0
    fi
    sleep 0.2
  done
  echo "$1 did not answer in two minutes" >&2
  return 1
}
