import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { csvGrid, describeQueueStoreContract } from './queue-store.contract';

describeQueueStoreContract('CsvQueueStore', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'queue-csv-'));
  const path = join(stateDir, 'queue.csv');
  return {
    store: new CsvQueueStore({ stateDir }),
    seed: (csvText) => writeFile(path, csvText),
    dump: async () => csvGrid(await readFile(path, 'utf8')),
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});
