// Finds the bundled examples/ folder from the source tree or from dist/cli.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UserError } from '@autopilot/core';

export function findExamplesDir(start: string = import.meta.dirname): string {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, 'examples', 'queue.csv'))) return join(dir, 'examples');
    const parent = dirname(dir);
    if (parent === dir) throw new UserError(`examples/queue.csv not found above ${start}; run from the repository`);
    dir = parent;
  }
}
