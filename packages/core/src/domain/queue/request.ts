// `queue add`: the rows it appends, checked before anything is written.
// `--request` in plain words is read by request-parse.ts; splitRequest is
// the plain split, kept for callers that want topics only.
import { type NewQueueRow, PRIORITIES } from '../../model';
import { slugify } from '../content/slug';
import { parseQueueTime } from './time';

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

/** What `queue add` may set on the rows it adds, as typed by the user. */
export interface AddFields {
  /** An explicit id; only with a single topic. */
  id?: string;
  brief?: string;
  keywords?: string;
  priority?: string;
  publish_at?: string;
  content?: string;
  content_path?: string;
}

export type AddRowsResult = { ok: true; rows: NewQueueRow[] } | { ok: false; message: string };

/** One topic, with what the request's words said about it (they win over the flags, which apply to every row). */
export interface TopicFields {
  title: string;
  brief?: string;
  keywords?: string;
  priority?: string;
  publish_at?: string;
}

/**
 * The rows `queue add` appends, or why it appends none: an explicit id that
 * is taken or used with several topics, a priority or publish_at the
 * executor would reject later. Checked before anything is written.
 */
export function rowsToAdd(
  requested: readonly (string | TopicFields)[],
  fields: AddFields,
  existingIds: readonly string[],
  now: Date,
): AddRowsResult {
  const topics = requested.map((t) => (typeof t === 'string' ? { title: t } : t));
  if (topics.length === 0)
    return { ok: false, message: 'queue add needs --title "…" or --request "topic a, topic b; topic c"' };
  const id = fields.id?.trim();
  if (id !== undefined) {
    if (topics.length > 1)
      return {
        ok: false,
        message: `--id "${id}" names one row, but the request has ${topics.length} topics; add them one at a time`,
      };
    if (!id || /[\s,;]/.test(id))
      return {
        ok: false,
        message: `--id "${fields.id}" is not valid; expected a non-empty id without spaces, commas or semicolons`,
      };
    if (existingIds.some((existing) => existing.trim() === id))
      return { ok: false, message: `--id "${id}" is already in the queue; ids are unique` };
  }
  if (fields.content && fields.content_path)
    return { ok: false, message: 'give --content or --content-path, not both' };
  const priority = fields.priority?.trim().toUpperCase() ?? '';
  if (priority && !(PRIORITIES as readonly string[]).includes(priority)) {
    return { ok: false, message: `--priority "${fields.priority}" is not valid; expected P0, P1 or P2` };
  }
  const publishAt = fields.publish_at?.trim() ?? '';
  if (publishAt && !parseQueueTime(publishAt)) {
    return {
      ok: false,
      message: `--publish-at "${fields.publish_at}" is not valid; expected an ISO 8601 time such as 2026-11-22T09:00:00Z, or YYYY-MM-DD HH:MM (UTC)`,
    };
  }
  const titles = topics.map((t) => t.title);
  const base =
    id === undefined
      ? newRowsFromTopics(titles, existingIds, now)
      : [{ id, title: titles[0] as string, status: 'PENDING', updated_at: now.toISOString() }];
  return {
    ok: true,
    rows: base.map((row, i) => {
      const topic = topics[i] as TopicFields;
      return {
        ...row,
        brief: topic.brief ?? fields.brief ?? '',
        keywords: topic.keywords ?? fields.keywords ?? '',
        priority: topic.priority ?? priority,
        publish_at: topic.publish_at ?? publishAt,
        content: fields.content ?? '',
        content_path: fields.content_path ?? '',
        status: 'PENDING',
      };
    }),
  };
}
