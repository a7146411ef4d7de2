// The Node version check, before anything else loads: on an older Node the
// CLI would fail later with a syntax or API error that says nothing useful.
// No imports here, so it runs on any Node that can load the file (the
// published shim bin/autopilot.js repeats it in plain JavaScript).

/** The oldest major Node version the suite supports (package.json `engines.node`). */
export const REQUIRED_NODE_MAJOR = 24;

/** What to tell a user on an older Node, or undefined when the version is supported. */
export function nodeVersionProblem(version: string, required = REQUIRED_NODE_MAJOR): string | undefined {
  const major = Number.parseInt(version.replace(/^v/, ''), 10);
  if (Number.isFinite(major) && major >= required) return undefined;
  return [
    `autopilot: needs Node ${required} or newer (package.json engines), but this is Node ${version}.`,
    'Run it with the supported Node, from the repository:',
    '  bash scripts/dev.sh autopilot <command>      (fetches Node 24 once if needed)',
    'or put Node 24 first on PATH in this shell, then run the command again:',
    '  source scripts/ensure-node.sh',
  ].join('\n');
}
