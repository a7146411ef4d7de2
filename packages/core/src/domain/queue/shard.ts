// Sharding: `shard: k/n` splits the queue between n executor runs working
// side by side (a workflow matrix of n jobs). A row belongs to the shard its
// item id hashes to, so every machine agrees without talking to the others
// and a row never moves while its id stays the same. The hash is 32-bit
// FNV-1a over the id's UTF-8 bytes: small, stable across Node versions and
// platforms, and even enough for ids like `post-17`. Written by hand: it is a
// dozen lines, and a package would add a dependency to every action bundle.

export interface Shard {
  /** 1-based: this run works the rows whose ids hash to `index`. */
  index: number;
  /** How many shards the queue is split into. */
  count: number;
}

/** The whole queue (what a run without a shard works). */
export const WHOLE_QUEUE: Shard = { index: 1, count: 1 };

const encoder = new TextEncoder();

/** 32-bit FNV-1a of the text's UTF-8 bytes. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The shard (1..count) an item id belongs to; the id is trimmed first, as the queue reads it. */
export function shardOf(itemId: string, count: number): number {
  if (count <= 1) return 1;
  return (fnv1a32(itemId.trim()) % count) + 1;
}

export function inShard(itemId: string, shard: Shard | undefined): boolean {
  return !shard || shard.count <= 1 || shardOf(itemId, shard.count) === shard.index;
}

export type ShardParse = { ok: true; shard: Shard } | { ok: false; problem: string };

/** `k/n` with whole numbers 1 ≤ k ≤ n (n at most 256), e.g. `2/4`. */
export function parseShard(text: string): ShardParse {
  const match = /^\s*(\d{1,3})\s*\/\s*(\d{1,3})\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    return {
      ok: false,
      problem: `expected k/n with whole numbers 1 ≤ k ≤ n ≤ ${MAX_SHARDS}, e.g. 2/4`,
    };
  }
  return { ok: true, shard: { index, count } };
}

export const MAX_SHARDS = 256;

/** `k/n`, as the setting is written. */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.count}`;
}
