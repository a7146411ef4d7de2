// `queue add --request "a, b; c"`: one line of topics becomes one row each.
import type { NewQueueRow } from '../../model';
import { slugify } from '../content/slug';

export function splitRequest(text: string): string[] {
  const seen = new Set<string>();
  const topics: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const topic = part.replace(/\s+/g, ' ').trim();
    const key = topic.toLowerCase();
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    topics.push(topic);
  }
  return topics;
}

/** New PENDING rows with ids slugged from the topics, unique against the queue (`-2`, `-3`…). */
export function newRowsFromTopics(topics: readonly string[], existingIds: readonly string[], now: Date): NewQueueRow[] {
  const taken = new Set(existingIds.map((id) => id.trim()));
  return topics.map((title) => {
    const base = slugify(title) || 'item';
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return { id, title, status: 'PENDING', updated_at: now.toISOString() };
  });
}
