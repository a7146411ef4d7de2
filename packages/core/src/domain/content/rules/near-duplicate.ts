// A draft too much like another article of the blog or another row of the
// queue. BLOCK: a rewrite pass would only disguise it; a human decides which
// of the two should exist. The finding names the other article.
//
// The corpus comes with its shingle index when the caller keeps one (the
// executor's run corpus, built once per run); a plain list is indexed here.
// Either way the draft is compared only with the entries that can reach the
// threshold (shingle-index.ts), and the verdict is the one comparing it with
// every entry gives.
import { buildShingleIndex, nearestEntry } from './shingle-index';
import type { Rule } from './types';

export const nearDuplicate: Rule = (draft, ctx) => {
  const corpus = ctx.corpus;
  if (!corpus || (corpus.length === 0 && !corpus.index)) return [];
  const threshold = ctx.thresholds.nearDuplicateThreshold;
  const best = nearestEntry(corpus.index ?? buildShingleIndex(corpus), draft.body_markdown, threshold, ctx.itemId);
  if (!best) return [];
  const percent = (n: number) => `${Math.round(n * 100)}%`;
  return [
    {
      code: 'NEAR_DUPLICATE',
      message: `the text is ${percent(best.similarity)} the same as ${best.entry.label} (near-duplicate-threshold ${percent(threshold)}); rewrite one of them or drop this row`,
    },
  ];
};
