// Child of kill-before-flush.test.ts: one executor run in publish mode on a
// state folder (queue.csv, the local site), outcomes flushed only at the end
// (an hour's interval). Both rows are claimed together; the first item
// publishes and its outcome waits in the buffer; the second item's publish
// never returns, and the child says "in-flight <id>" once the first is live —
// the parent SIGKILLs it then.
import { CsvQueueStore } from '../../packages/core/src/adapters/local/queue-csv-store';
import { CsvRunLog } from '../../packages/core/src/adapters/local/run-log-csv';
import { JsonlRunHistory } from '../../packages/core/src/adapters/local/runs-jsonl';
import { SitePublisher } from '../../packages/core/src/adapters/local/site-publisher';
import { JsonVariableStore } from '../../packages/core/src/adapters/local/variables-json';
import { DEFAULT_THRESHOLDS } from '../../packages/core/src/domain/content';
import { createMemoryLogger } from '../../packages/core/src/log/memory-logger';
import type { Publisher } from '../../packages/core/src/ports';
import { runExecutor } from '../../packages/core/src/services/executor';
import { createContentReader } from '../../packages/core/src/wiring/content-reader';

const [stateDir = '', hangOn = ''] = process.argv.slice(2);
const log = createMemoryLogger();
const site = new SitePublisher({ stateDir });
let markLive: () => void = () => {};
const firstLive = new Promise<void>((resolve) => {
  markLive = resolve;
});
const hang = async (id: string): Promise<never> => {
  await firstLive;
  process.stdout.write(`in-flight ${id}\n`);
  return new Promise<never>(() => {});
};
const publisher: Publisher = {
  find: (lookup) => site.find(lookup),
  create: (article) => {
    if (article.item_id === hangOn) return hang(article.item_id);
    return site.create(article).then((ref) => {
      markLive();
      return ref;
    });
  },
  update: (id, article) => (article.item_id === hangOn ? hang(article.item_id) : site.update(id, article)),
  publishDraft: (id) => site.publishDraft(id),
};
await runExecutor(
  {
    queue: new CsvQueueStore({ stateDir, logger: log }),
    runLog: new CsvRunLog({ stateDir, logger: log }),
    runs: new JsonlRunHistory({ stateDir, log }),
    vars: new JsonVariableStore({ stateDir }),
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
    // Both rows in the first claim, and no later claim (which would write waiting outcomes first).
    maxItems: 2,
    concurrency: 2,
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
