// The `autopilot` entry point: the Node version first (main and the core are
// imported only once it is supported), then one command.
import { nodeVersionProblem } from './node-version';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
const { runFromProcess } = await import('./main');
process.exitCode = await runFromProcess();
