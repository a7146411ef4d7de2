// Wraps the executor's ports so the bench can say where an item's time goes:
// calls and total milliseconds per port method (queue transactions, publisher
// calls, run-log appends, content reads). At concurrency > 1 the calls
// overlap, so the totals can add up to more than the wall time.
import type { ExecutorDeps } from '@autopilot/core';

export type PortTimes = Map<string, { calls: number; ms: number }>;

function timed<A extends unknown[], R>(times: PortTimes, name: string, fn: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const started = performance.now();
    try {
      return await fn(...args);
    } finally {
      const entry = times.get(name) ?? { calls: 0, ms: 0 };
      entry.calls++;
      entry.ms += performance.now() - started;
      times.set(name, entry);
    }
  };
}

type Ports = Pick<ExecutorDeps, 'queue' | 'runLog' | 'publisher' | 'readContent'>;

export function timePorts<D extends Ports>(deps: D): { deps: D; times: PortTimes } {
  const times: PortTimes = new Map();
  const { queue, runLog, publisher } = deps;
  return {
    times,
    deps: {
      ...deps,
      queue: {
        list: timed(times, 'queue.list', () => queue.list()),
        transact: timed(times, 'queue.transact', (plan) => queue.transact(plan)),
        // A compare-and-set store's claims need no re-read: the wrapper says so too.
        exclusive: queue.exclusive,
      } satisfies typeof queue,
      runLog: {
        append: timed(times, 'runLog.append', (rows) => runLog.append(rows)),
        read: (since) => runLog.read(since),
      } satisfies typeof runLog,
      publisher: {
        find: timed(times, 'publisher.find', (lookup) => publisher.find(lookup)),
        create: timed(times, 'publisher.create', (article) => publisher.create(article)),
        update: timed(times, 'publisher.update', (id, article) => publisher.update(id, article)),
        publishDraft: timed(times, 'publisher.publishDraft', (id) => publisher.publishDraft(id)),
        // The optional methods too, when the publisher has them (the local site's flush writes its index).
        ...(publisher.prepare && {
          prepare: timed(times, 'publisher.prepare', () => publisher.prepare?.() ?? Promise.resolve()),
        }),
        ...(publisher.articleTexts && {
          articleTexts: timed(times, 'publisher.articleTexts', () => publisher.articleTexts?.() ?? Promise.resolve([])),
        }),
        ...(publisher.flush && {
          flush: timed(times, 'publisher.flush', () => publisher.flush?.() ?? Promise.resolve()),
        }),
      } satisfies typeof publisher,
      readContent: timed(times, 'readContent', (path: string) => deps.readContent(path)),
    },
  };
}

export interface PortTime {
  name: string;
  calls: number;
  avgMs: number;
  totalMs: number;
}

/** The port methods, busiest (most total time) first. */
export function busiestPorts(times: PortTimes): PortTime[] {
  return [...times]
    .map(([name, t]) => ({ name, calls: t.calls, avgMs: t.ms / t.calls, totalMs: t.ms }))
    .sort((a, b) => b.totalMs - a.totalMs);
}
