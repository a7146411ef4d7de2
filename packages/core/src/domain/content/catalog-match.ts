// Which catalog entries match an item's terms (its keywords and the handles
// in its `links`): a term that is an entry's handle, or whose every word is
// in the entry's title or handle. Shared by the local catalog and the fake
// store so both rank alike; entries matching more terms come first.
export interface Matchable {
  handle: string;
  title: string;
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

export function matchesTerm(entry: Matchable, term: string): boolean {
  const wanted = term.trim().toLowerCase();
  if (!wanted) return false;
  if (entry.handle.toLowerCase() === wanted) return true;
  const have = new Set([...words(entry.title), ...words(entry.handle)]);
  const need = words(wanted);
  return need.length > 0 && need.every((w) => have.has(w));
}

export function matchCatalog<T extends Matchable>(entries: readonly T[], terms: readonly string[], limit: number): T[] {
  return entries
    .map((entry, index) => ({ entry, index, hits: terms.filter((t) => matchesTerm(entry, t)).length }))
    .filter((m) => m.hits > 0)
    .sort((a, b) => b.hits - a.hits || a.index - b.index)
    .slice(0, limit)
    .map((m) => m.entry);
}
