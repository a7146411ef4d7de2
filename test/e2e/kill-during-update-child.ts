// Child of kill-during-update.test.ts: one executor run in publish mode on a
// state folder whose only row is an UPDATE of a live article. The run keeps
// the article's previous version, then its update of the article never
// returns; the child says "in-flight <id>" and the parent SIGKILLs it — a run
// that dies holding an UPDATE row, the update not applied.
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { JsonlRunHistory } from '../../packages/core/src/adapters/local/runs-jsonl';
import { SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { JsonVariableStore } from '../../packages/core/src/adapters/local/variables-json';
import { JsonlVersionStore } from '../../packages/core/src/adapters/local/versions-jsonl';
import { DEFAULT_THRESHOLDS } from '../../packages/core/src/domain/content';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import type { Publisher } from '../../packages/core/src/ports';
import { runExecutor } from '../../packages/core/src/services/executor';
import { createContentReader } from '../../packages/core/src/wiring/content-reader';

const [stateDir = ''] = process.argv.slice(2);
const log = createMemoryLogger();
const site = new SitePublisher({ stateDir });
const publisher: Publisher = {
  find: (lookup) => site.find(lookup),
  read: (id) => site.read(id),
  create: (article) => site.create(article),
  update: (_id, article) => {
    process.stdout.write(`in-flight ${article.item_id}\n`);
    return new Promise<never>(() => {});
  },
  publishDraft: (id) => site.publishDraft(id),
};
await runExecutor(
  {
    queue: new CsvQueueStore({ stateDir, logger: log }),
    runLog: new CsvRunLog({ stateDir, logger: log }),
    runs: new JsonlRunHistory({ stateDir, log }),
    vars: new JsonVariableStore({ stateDir }),
    versions: new JsonlVersionStore({ stateDir }),
    publisher,
    readContent: createContentReader([stateDir]),
    log,
    now: () => new Date(),
    random: () => 0.5,
  },
  {
    mode: 'publish',
    runId: 'killed-run',
    traceId: '0af7651916cd43dd8448eb211c80319c',
    owner: 'victim',
    maxItems: 1,
    concurrency: 1,
    timeBudgetSeconds: 600,
    leaseSeconds: 60,
    maxAttempts: 3,
    maxFixPasses: 0,
    requireApproval: false,
    backoff: { scheduleSeconds: [60], jitter: 0 },
    thresholds: DEFAULT_THRESHOLDS,
    flushIntervalMs: 3_600_000,
  },
);
