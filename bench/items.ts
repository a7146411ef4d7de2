// Bench items: a queue of N ready articles that pass every content rule
// (over 300 words, second-level headings, the row's keywords in the body,
// a short summary, a distinct title per row), as CSV text or as Sheets rows.

import { QUEUE_COLUMNS } from '@autopilot/core';
import { stringify } from 'csv-stringify/sync';

export const BENCH_KEYWORDS = ['loose leaf tea', 'brewing'];

const PARAGRAPHS = [
  'Good tea starts with good water and a little patience. Loose leaf tea opens up when it has room to move, so give the leaves a roomy pot or a wide basket rather than a cramped ball infuser. Fresh, cold water that has been boiled once tastes brighter than water kept warm for an hour, and it carries the aroma of the leaf instead of flattening it.',
  'Brewing is mostly about three numbers: how much leaf, how hot the water, and how long the steep lasts. Start with two grams of leaf for every hundred millilitres of water, then adjust by taste. If the cup tastes thin, add leaf rather than time; if it tastes harsh, lower the temperature before you shorten the steep.',
  'Green and white teas like cooler water, around seventy to eighty degrees, while black teas and most herbal blends want water just off the boil. Oolong sits in between and rewards experiments: a rolled oolong can be steeped five or six times, each cup a little different from the one before it.',
  'Storage matters as much as brewing. Keep every tin closed, away from light, heat, moisture and strong smells such as coffee or spices. A cupboard away from the stove is better than a shelf by the window. Most teas keep their character for a year when stored like this, and some dark teas improve for much longer.',
  'Finally, taste with attention. Notice the colour of the liquor, the smell of the wet leaf, the texture of the tea on your tongue and the finish after you swallow. Write down what you liked and what you would change next time. After a few weeks those notes become the most useful brewing guide you own.',
];

/** Markdown of one article: front matter with a summary, two sections, ~400 words. */
export function benchArticle(index: number): string {
  const [p1, p2, p3, p4, p5] = PARAGRAPHS;
  return [
    '---',
    `summary: "Practical notes on brewing loose leaf tea at home, part ${index}: water, leaf, time and storage."`,
    '---',
    '',
    `This is part ${index} of our series on loose leaf tea at home. ${p1}`,
    '',
    '## The three numbers of brewing',
    '',
    p2,
    '',
    p3,
    '',
    '## Keeping and tasting your tea',
    '',
    p4,
    '',
    p5,
    '',
  ].join('\n');
}

export interface BenchRowOptions {
  /** Put the markdown in the `content` cell (default) or point `content_path` at this file. */
  contentPath?: string;
}

/** Queue cells (by column) for item `index` (1-based), status PENDING. */
export function benchRow(index: number, options: BenchRowOptions = {}): Record<string, string> {
  const row: Record<string, string> = Object.fromEntries(QUEUE_COLUMNS.map((c) => [c, '']));
  const n = String(index).padStart(4, '0');
  row.id = `bench-${n}`;
  row.title = `Loose Leaf Tea at Home, Part ${n}`;
  row.brief = 'Bench item: ready content, passes validation';
  row.keywords = BENCH_KEYWORDS.join(';');
  row.priority = 'P2';
  row.status = 'PENDING';
  if (options.contentPath) row.content_path = options.contentPath;
  else row.content = benchArticle(index);
  return row;
}

/** A whole queue.csv for `count` items. */
export function benchQueueCsv(count: number, options: BenchRowOptions = {}): string {
  const rows = Array.from({ length: count }, (_, i) => benchRow(i + 1, options));
  return stringify(rows, { header: true, columns: [...QUEUE_COLUMNS], record_delimiter: 'unix' });
}

/** The same queue as a Sheets grid: the header row, then one row per item. */
export function benchQueueGrid(count: number): string[][] {
  const header = [...QUEUE_COLUMNS];
  const rows = Array.from({ length: count }, (_, i) => {
    const row = benchRow(i + 1);
    return header.map((c) => row[c] ?? '');
  });
  return [header, ...rows];
}
