#!/usr/bin/env bash
# The README's two commands:
#   bash scripts/dev.sh start   set up (Node 24, npm ci) and run the main job on the embedded default
#   bash scripts/dev.sh test    set up and run the tests
# Anything else is passed to `npm run`.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ensure-node.sh
source scripts/ensure-node.sh
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
cmd="${1:-start}"
shift || true
case "$cmd" in
  start) exec npm start -- "$@" ;;
  test) exec npm test -- "$@" ;;
  *) exec npm run "$cmd" -- "$@" ;;
esac
