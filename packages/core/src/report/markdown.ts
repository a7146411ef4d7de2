// Building blocks for GitHub job summaries (GitHub-flavoured markdown, where
// mermaid code blocks render as charts).
import { escapeMarkdownText } from '../util/markdown-text';

/** Markup we wrote ourselves (a link to a run), which a cell passes through as is. */
export class TrustedMarkdown {
  constructor(readonly markdown: string) {}
}

/** A link whose text is escaped and whose URL cannot close the link early. */
export function markdownLink(text: string, url: string): TrustedMarkdown {
  return new TrustedMarkdown(`[${escapeMarkdownText(text)}](${url.replace(/[()<>\s]/g, encodeURIComponent)})`);
}

/** A cell's text made safe for a table: shown as text, never markup (escapeMarkdownText), line breaks as <br>. */
export function markdownCell(value: unknown): string {
  if (value instanceof TrustedMarkdown) return value.markdown;
  return escapeMarkdownText(String(value ?? '')).replace(/\r?\n|\r/g, '<br>');
}

export function markdownTable(headers: readonly string[], rows: ReadonlyArray<ReadonlyArray<unknown>>): string {
  const line = (cells: ReadonlyArray<unknown>) => `| ${cells.map(markdownCell).join(' | ')} |`;
  const width = headers.length;
  const body = rows.map((row) => line(Array.from({ length: width }, (_, i) => row[i] ?? '')));
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...body].join('\n');
}

/** Mermaid strings are double-quoted and have no escape: quotes become apostrophes, newlines spaces. */
const mermaidText = (text: string) => `"${text.replace(/"/g, "'").replace(/\s+/g, ' ').trim()}"`;

const mermaidNumber = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 1e4) / 1e4) : '0');

export interface XYSeries {
  name: string;
  values: readonly number[];
  kind: 'line' | 'bar';
}

export interface XYChart {
  title: string;
  xLabels: readonly string[];
  series: readonly XYSeries[];
  yLabel?: string;
}

/**
 * A mermaid `xychart-beta` block. xychart has no legend, so the series names
 * go into the title when there is more than one.
 */
export function mermaidXYChart(chart: XYChart): string {
  const names = chart.series.length > 1 ? ` (${chart.series.map((s) => `${s.kind}: ${s.name}`).join(', ')})` : '';
  const lines = [
    '```mermaid',
    'xychart-beta',
    `    title ${mermaidText(chart.title + names)}`,
    `    x-axis [${chart.xLabels.map(mermaidText).join(', ')}]`,
  ];
  if (chart.yLabel) lines.push(`    y-axis ${mermaidText(chart.yLabel)}`);
  for (const series of chart.series) {
    const values = chart.xLabels.map((_, i) => mermaidNumber(series.values[i] ?? 0));
    lines.push(`    ${series.kind} [${values.join(', ')}]`);
  }
  lines.push('```');
  return lines.join('\n');
}

export interface PieSlice {
  label: string;
  value: number;
}

/** A mermaid pie chart; slices of zero are left out (mermaid draws nothing for them but lists them). */
export function mermaidPie(chart: { title: string; slices: readonly PieSlice[]; showData?: boolean }): string {
  const lines = [
    '```mermaid',
    chart.showData === false ? 'pie' : 'pie showData',
    `    title ${chart.title.replace(/\s+/g, ' ').trim()}`,
  ];
  for (const slice of chart.slices) {
    if (slice.value > 0) lines.push(`    ${mermaidText(slice.label)} : ${mermaidNumber(slice.value)}`);
  }
  lines.push('```');
  return lines.join('\n');
}
