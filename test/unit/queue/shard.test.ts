// Sharding spec: an id always lands in the same shard (on every machine: the
// hash is fixed, checked against known FNV-1a values), shards split ids
// roughly evenly, `k/n` is validated, and a claim plan with a shard touches
// only its own rows.
import { describe, expect, it } from 'vitest';
import { planClaim } from '../../../packages/core/src/domain/queue/claim';
import { fnv1a32, inShard, parseShard, shardOf } from '../../../packages/core/src/domain/queue/shard';
import type { QueueRow } from '../../../packages/core/src/model';
import { QUEUE_COLUMNS } from '../../../packages/core/src/model';

describe('shard of an item id', () => {
  it('is 32-bit FNV-1a of the UTF-8 bytes (published test values), so every machine agrees', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    // Fixed answers: a change of hash would move rows between shards.
    expect(['post-1', 'post-2', 'post-3', 'tea-guide'].map((id) => shardOf(id, 4))).toEqual(
      ['post-1', 'post-2', 'post-3', 'tea-guide'].map((id) => (fnv1a32(id) % 4) + 1),
    );
    expect(shardOf('  post-1 ', 4)).toBe(shardOf('post-1', 4));
    expect(shardOf('ünïcode-ид', 7)).toBe(shardOf('ünïcode-ид', 7));
  });

  it('spreads ids roughly evenly and puts each in exactly one shard', () => {
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 10_000; i++) {
      const id = `item-${i}`;
      const owners = [1, 2, 3, 4].filter((k) => inShard(id, { index: k, count: 4 }));
      expect(owners).toHaveLength(1);
      const k = (owners[0] as number) - 1;
      counts[k] = (counts[k] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 2_500)).toBeLessThan(250);
  });

  it('one shard is the whole queue', () => {
    expect(inShard('anything', { index: 1, count: 1 })).toBe(true);
    expect(inShard('anything', undefined)).toBe(true);
  });
});

describe('parseShard', () => {
  it('reads k/n with 1 ≤ k ≤ n', () => {
    expect(parseShard('2/4')).toEqual({ ok: true, shard: { index: 2, count: 4 } });
    expect(parseShard(' 1 / 1 ')).toEqual({ ok: true, shard: { index: 1, count: 1 } });
  });

  it.each(['0/4', '5/4', '2', '2/0', 'a/b', '1/4/2', '-1/4', '1/1000'])(
    'refuses %s, saying what is expected',
    (text) => {
      const parsed = parseShard(text);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toMatch(/expected k\/n .*1 ≤ k ≤ n/);
    },
  );
});

function row(n: number, id: string, fields: Partial<QueueRow> = {}): QueueRow {
  const cells = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, ''])) as unknown as QueueRow;
  return { ...cells, row: n, id, title: `T ${id}`, status: 'PENDING', content: 'x', extra: {}, ...fields } as QueueRow;
}

describe('planClaim with a shard', () => {
  it('claims, recovers and rejects only rows of its shard', () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const rows = Array.from({ length: 40 }, (_, i) =>
      row(
        i + 1,
        `item-${i}`,
        i % 3 === 0 ? { status: 'IN_PROGRESS', lease_owner: 'gone', lease_until: '2026-12-01T09:00:00Z' } : {},
      ),
    );
    const shard = { index: 3, count: 4 };
    const plan = planClaim(rows, {
      mode: 'review',
      now,
      owner: 'me',
      runId: 'r',
      leaseSeconds: 900,
      maxItems: 40,
      requireApproval: true,
      shard,
    });
    expect(plan.claimed.length).toBeGreaterThan(0);
    for (const written of plan.update) expect(shardOf(written.id, 4)).toBe(3);
    expect(plan.claimed.map((c) => c.row.id).sort()).toEqual(
      rows
        .filter((r) => shardOf(r.id, 4) === 3)
        .map((r) => r.id)
        .sort(),
    );
  });
});

describe('the shard setting', () => {
  it('reads SHARD (or --shard) into the executor options', async () => {
    const { loadConfig } = await import('../../../packages/core/src/config');
    const { executorOptionsFrom } = await import('../../../packages/core/src/wiring/options');
    const config = loadConfig({ flags: {}, env: { SHARD: '2/4' } });
    expect(config.shard).toEqual({ index: 2, count: 4 });
    const run = { mode: 'review' as const, runId: 'r', traceId: 't', owner: 'o' };
    expect(executorOptionsFrom(config, run).shard).toEqual({ index: 2, count: 4 });
    expect(executorOptionsFrom(loadConfig({ flags: {}, env: {} }), run).shard).toBeUndefined();
  });

  it("refuses k > n by the setting's name, saying what is expected", async () => {
    const { loadConfig } = await import('../../../packages/core/src/config');
    const error = (() => {
      try {
        loadConfig({ flags: { shard: '5/4' }, env: {} });
      } catch (e) {
        return e as Error;
      }
      return undefined;
    })();
    expect(error?.message).toMatch(/Invalid configuration/);
    expect(error?.message).toMatch(/shard/);
    expect(error?.message).toMatch(/1 ≤ k ≤ n/);
  });
});
