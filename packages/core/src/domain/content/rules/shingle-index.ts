// The corpus of NEAR_DUPLICATE as an inverted index: every entry's text
// shingled once (shingles interned as numbers), and shingle → the entries
// holding it. A draft is then compared only with the entries that can reach
// the threshold, so its cost follows the few entries that share its rarer
// shingles, not the corpus size; the verdict is the one comparing it with
// every entry gives (the same entry, the same similarity; see the property
// test). Written here: the set-similarity-search packages on npm are
// approximate (MinHash/LSH) or unmaintained, and the exact search is short.
//
// Why it is exact: a match needs Jaccard J = s / (q + d − s) ≥ t, where s is
// the shingles shared, q and d the two set sizes. J ≤ s / q, so s ≥ ⌈t·q⌉:
// every match holds at least one of any q − ⌈t·q⌉ + 1 of the draft's
// shingles (the rest are too few). Those are taken rarest first, so their
// lists are short; J ≤ min(q, d) / max(q, d) then leaves out entries of the
// wrong size, and each candidate left gets its Jaccard computed exactly.
//
// The index is a value: `buildShingleIndex` makes one from a list (pure);
// the executor's run corpus keeps one across a run with `indexEntry` and
// `unindexEntry` (services/executor/corpus.ts). The rule only reads it.
import { shingleSet } from '../similarity';
import type { CorpusEntry } from './types';

interface IndexedEntry {
  readonly key: string;
  readonly entry: CorpusEntry;
  /** Where the entry stands in the corpus: of two equally similar entries, the first is named. */
  readonly order: number;
  /** Its distinct shingles, as interned numbers. */
  readonly shingles: Uint32Array;
}

export interface ShingleIndex {
  /** Shingle text → its number. */
  readonly ids: Map<string, number>;
  /** Shingle number → the documents holding it (a removed document stays listed and is skipped). */
  readonly postings: number[][];
  /** Live documents by number. */
  readonly docs: Map<number, IndexedEntry>;
  /** The caller's key of an entry → its document number. */
  readonly byKey: Map<string, number>;
  /**
   * Every text indexed so far → its shingles: a text is shingled once, however
   * many entries hold it (a row's ready content and the draft made from it)
   * or how often it comes back, and a draft that is such a text is not shingled either.
   */
  readonly texts: Map<string, Uint32Array>;
  next: number;
}

export function emptyShingleIndex(): ShingleIndex {
  return { ids: new Map(), postings: [], docs: new Map(), byKey: new Map(), texts: new Map(), next: 0 };
}

// The last few texts shingled: a draft that passes is checked, then added to
// the run's corpus, and shingling is the costly part of both (markdown
// rendered to plain text). A result depends on the text alone.
const recent = new Map<string, Set<string>>();
const RECENT_LIMIT = 16;

function shinglesOf(text: string): ReadonlySet<string> {
  let set = recent.get(text);
  if (set) {
    recent.delete(text);
  } else {
    set = shingleSet(text);
    if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  }
  recent.set(text, set);
  return set;
}

function intern(index: ShingleIndex, text: string): Uint32Array {
  const set = shinglesOf(text);
  const out = new Uint32Array(set.size);
  let i = 0;
  for (const shingle of set) {
    let id = index.ids.get(shingle);
    if (id === undefined) {
      id = index.postings.length;
      index.ids.set(shingle, id);
      index.postings.push([]);
    }
    out[i++] = id;
  }
  return out;
}

/**
 * Adds `entry` under `key`, or replaces what `key` held. The same text in
 * the same place again costs no shingling and leaves the lists as they are.
 */
export function indexEntry(index: ShingleIndex, key: string, entry: CorpusEntry, order: number): void {
  const current = index.byKey.get(key);
  const held = current === undefined ? undefined : index.docs.get(current);
  if (current !== undefined && held && held.entry.text === entry.text && held.order === order) {
    // The same text in the same place: its lists stand; the entry given last is the one named.
    index.docs.set(current, { ...held, entry });
    return;
  }
  unindexEntry(index, key);
  let shingles = index.texts.get(entry.text);
  if (!shingles) {
    shingles = intern(index, entry.text);
    index.texts.set(entry.text, shingles);
  }
  const doc = index.next++;
  index.docs.set(doc, { key, entry, order, shingles });
  index.byKey.set(key, doc);
  for (const id of shingles) index.postings[id]?.push(doc);
}

/** Takes the entry under `key` out (its lists keep its number, skipped from now on). */
export function unindexEntry(index: ShingleIndex, key: string): void {
  const doc = index.byKey.get(key);
  if (doc === undefined) return;
  index.docs.delete(doc);
  index.byKey.delete(key);
}

/** An index of `entries`, each placed where it stands in the list. */
export function buildShingleIndex(entries: readonly CorpusEntry[]): ShingleIndex {
  const index = emptyShingleIndex();
  entries.forEach((entry, i) => {
    indexEntry(index, String(i), entry, i);
  });
  return index;
}

export interface NearestEntry {
  entry: CorpusEntry;
  similarity: number;
}

/**
 * The entry most like `text` with a Jaccard similarity of its word shingles
 * of at least `threshold` (the first such entry on a tie), leaving out the
 * entries of `excludeItemId`; undefined when none is.
 */
export function nearestEntry(
  index: ShingleIndex,
  text: string,
  threshold: number,
  excludeItemId?: string,
): NearestEntry | undefined {
  const indexed = index.texts.get(text);
  if (indexed) return nearestOf(index, indexed.length, new Set(indexed), threshold, excludeItemId);
  const known = new Set<number>();
  const mine = shinglesOf(text);
  for (const shingle of mine) {
    const id = index.ids.get(shingle);
    if (id !== undefined) known.add(id);
  }
  return nearestOf(index, mine.size, known, threshold, excludeItemId);
}

/** nearestEntry for a draft of `q` distinct shingles, `known` those of them the index holds. */
function nearestOf(
  index: ShingleIndex,
  q: number,
  known: ReadonlySet<number>,
  threshold: number,
  excludeItemId?: string,
): NearestEntry | undefined {
  if (q === 0) return undefined;
  // A little slack on each bound, so rounding never leaves out an entry the exact comparison would keep.
  const slack = 1e-9;
  let candidates: Iterable<number>;
  if (threshold > 0) {
    const needed = Math.max(1, Math.ceil(threshold * q - slack));
    // Shingles no entry holds are the rarest of all: they need no looking up.
    const probe = q - needed + 1 - (q - known.size);
    if (probe <= 0) return undefined;
    const rarest = [...known].sort((a, b) => (index.postings[a]?.length ?? 0) - (index.postings[b]?.length ?? 0));
    const found = new Set<number>();
    for (let i = 0; i < probe && i < rarest.length; i++)
      for (const doc of index.postings[rarest[i] as number] ?? []) found.add(doc);
    candidates = found;
  } else {
    // At 0 (or a threshold that is not a number) nothing can be left out: every entry is compared.
    candidates = index.docs.keys();
  }
  let best: (NearestEntry & { order: number }) | undefined;
  for (const doc of candidates) {
    const held = index.docs.get(doc);
    if (!held) continue;
    if (held.entry.itemId !== undefined && held.entry.itemId === excludeItemId) continue;
    const d = held.shingles.length;
    if (threshold > 0 && (d < threshold * q - slack || d * threshold > q + slack)) continue;
    let shared = 0;
    for (const id of held.shingles) if (known.has(id)) shared += 1;
    // The same arithmetic as jaccard() in similarity.ts, so the same number.
    const similarity = d === 0 ? 0 : shared / (q + d - shared);
    if (
      similarity >= threshold &&
      (!best || similarity > best.similarity || (similarity === best.similarity && held.order < best.order))
    )
      best = { entry: held.entry, similarity, order: held.order };
  }
  return best && { entry: best.entry, similarity: best.similarity };
}
