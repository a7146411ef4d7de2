// A draft too much like another article of the blog or another row of the
// queue. BLOCK: a rewrite pass would only disguise it; a human decides which
// of the two should exist. The finding names the other article.
import { jaccard, shingleSet } from '../similarity';
import type { CorpusEntry, Rule } from './types';

/** Corpus shingles are computed once per entry text, however many drafts are compared with it. */
const cache = new Map<string, Set<string>>();
const CACHE_LIMIT = 2000;

function shinglesOf(entry: CorpusEntry): Set<string> {
  let set = cache.get(entry.text);
  if (!set) {
    set = shingleSet(entry.text);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
    cache.set(entry.text, set);
  }
  return set;
}

export const nearDuplicate: Rule = (draft, ctx) => {
  const corpus = ctx.corpus ?? [];
  if (corpus.length === 0) return [];
  const mine = shingleSet(draft.body_markdown);
  if (mine.size === 0) return [];
  const threshold = ctx.thresholds.nearDuplicateThreshold;
  let best: { entry: CorpusEntry; similarity: number } | undefined;
  for (const entry of corpus) {
    if (entry.itemId !== undefined && entry.itemId === ctx.itemId) continue;
    const similarity = jaccard(mine, shinglesOf(entry));
    if (similarity >= threshold && (!best || similarity > best.similarity)) best = { entry, similarity };
  }
  if (!best) return [];
  const percent = (n: number) => `${Math.round(n * 100)}%`;
  return [
    {
      code: 'NEAR_DUPLICATE',
      message: `the text is ${percent(best.similarity)} the same as ${best.entry.label} (near-duplicate-threshold ${percent(threshold)}); rewrite one of them or drop this row`,
    },
  ];
};
