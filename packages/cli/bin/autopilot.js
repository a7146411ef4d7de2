#!/usr/bin/env node
// `npx autopilot`: the bundled CLI (dist/cli, kept in sync with the sources by check-dist).
// Plain JavaScript that any Node parses: it checks the Node version before
// loading the bundle, which an older Node may fail to parse or run (see
// packages/cli/src/node-version.ts, which says the same for `npm run autopilot`).
var required = 24;
var version = process.versions.node;
if (Number.parseInt(version, 10) < required) {
  process.stderr.write(
    'autopilot: needs Node ' +
      required +
      ' or newer (package.json engines), but this is Node ' +
      version +
      '.\n' +
      'Run it with the supported Node, from the repository:\n' +
      '  bash scripts/dev.sh autopilot <command>      (fetches Node 24 once if needed)\n' +
      'or put Node 24 first on PATH in this shell, then run the command again:\n' +
      '  source scripts/ensure-node.sh\n',
  );
  process.exit(2);
}
import('../../../dist/cli/index.js');
