// A bounded memo for the pure text functions one draft calls several times
// over (the plain text of a body for word counts, keywords, reading ease and
// shingles; its HTML for links and the page): the most recently used `limit`
// results, keyed by the text. Least recently used goes first; the result is
// the one the function gives, only not computed again.
export function boundedMemo<K, V>(fn: (key: K) => V, limit: number): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (kept.has(key)) {
      const value = kept.get(key) as V;
      // Most recent last: a Map iterates in insertion order.
      kept.delete(key);
      kept.set(key, value);
      return value;
    }
    const value = fn(key);
    if (kept.size >= limit) kept.delete(kept.keys().next().value as K);
    kept.set(key, value);
    return value;
  };
}
