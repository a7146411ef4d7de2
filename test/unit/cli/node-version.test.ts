// On a Node older than engines.node the CLI says how to get the supported one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeVersionProblem, REQUIRED_NODE_MAJOR } from '../../../packages/cli/src/node-version';

const ROOT = join(import.meta.dirname, '../../..');

describe('nodeVersionProblem', () => {
  it('matches package.json engines.node', () => {
    const engines = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node as string;
    expect(engines).toBe(`>=${REQUIRED_NODE_MAJOR}`);
    // The plain-JavaScript shim checks the same version.
    expect(readFileSync(join(ROOT, 'packages/cli/bin/autopilot.js'), 'utf8')).toContain(
      `var required = ${REQUIRED_NODE_MAJOR};`,
    );
  });

  it.each(['24.0.0', '24.22.3', '25.1.0', 'v26.0.0'])('accepts %s', (version) => {
    expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it.each(['20.20.2', '22.11.0', 'v18.0.0', 'garbage'])('refuses %s, saying how to run on Node 24', (version) => {
    const message = nodeVersionProblem(version);
    expect(message).toContain(`but this is Node ${version}`);
    expect(message).toContain('bash scripts/dev.sh autopilot <command>');
    expect(message).toContain('source scripts/ensure-node.sh');
  });
});
