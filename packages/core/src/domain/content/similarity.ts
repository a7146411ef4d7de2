// Shingled text similarity for NEAR_DUPLICATE: the set of every run of
// SHINGLE_WORDS consecutive words (w-shingling, Broder 1997) and the Jaccard
// index of two such sets. Written here: a few lines, and the npm packages for
// it are unmaintained or bring a tokenizer we do not need.
import { plainText } from './text';

/** Four words: long enough that common phrases do not make two articles alike, short enough to catch light rewording. */
export const SHINGLE_WORDS = 4;

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The word shingles of markdown, HTML or plain text (lower-cased, punctuation and markup ignored). */
export function shingleSet(text: string, size = SHINGLE_WORDS): Set<string> {
  const words = (plainText(text).toLowerCase().match(WORD) ?? []).map((w) => w.replace(/’/g, "'"));
  const shingles = new Set<string>();
  for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(' '));
  return shingles;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared / (a.size + b.size - shared);
}
