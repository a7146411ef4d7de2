// The `autopilot` entry point: the Node version first (main and the core are
// imported only once it is supported), then one command.
import * as nodeModule from 'node:module';
import { nodeVersionProblem } from './node-version';

const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(`${problem}\n`);
  process.exit(2);
}
// Node's compile cache (in the OS temp folder; NODE_DISABLE_COMPILE_CACHE=1
// turns it off): the CLI runs again and again on one machine, and reusing
// the compiled chunks saves part of every later start (issue 12). Not in the
// actions: each job starts on a fresh machine, so a cache would never be read.
nodeModule.enableCompileCache?.();
const { runFromProcess } = await import('./main');
process.exitCode = await runFromProcess();
