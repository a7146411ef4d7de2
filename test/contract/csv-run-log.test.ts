import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { describeRunLogContract } from './run-log.contract';

describeRunLogContract('CsvRunLog', async () => {
  const stateDir = await mkdtemp(join(tmpdir(), 'run-log-csv-'));
  return {
    log: new CsvRunLog({ stateDir }),
    cleanup: () => rm(stateDir, { recursive: true, force: true }),
  };
});
