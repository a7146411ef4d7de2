// Tiny SVG chart renderer for the static report. Hand-written on purpose: the
// page must work with no network, and no chart library is a dependency; a
// bundled one would outweigh the page for three simple charts. Output is
// deterministic markup (fixed precision), so tests can assert on it.
import { escapeHtml } from './escape';

export interface ChartSeries {
  name: string;
  /** One value per label; null draws a gap (no data that day). */
  values: ReadonlyArray<number | null>;
  kind: 'bar' | 'line';
  color?: string;
}

export interface ChartSpec {
  /** Becomes data-testid="chart-<id>" on the <svg>. */
  id: string;
  title: string;
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** Formats axis ticks and tooltips. */
  format?: (value: number) => string;
  /** Fixed top of the y axis (e.g. 1 for rates); default: the data maximum, rounded up. */
  yMax?: number;
  width?: number;
  height?: number;
}

const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c'];
const f = (n: number) => (Math.round(n * 10) / 10).toString();

/** A round number at or above `max` (1, 2, 2.5, 5 × 10^k), so ticks read well. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

export function renderChartSvg(spec: ChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 220;
  const pad = { top: 28, right: 12, bottom: 40, left: 56 };
  const plotW = width - pad.left - pad.right;
  const plotH = height - pad.top - pad.bottom;
  const format = spec.format ?? ((v: number) => String(v));
  const all = spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)));
  const yMax = spec.yMax ?? niceCeiling(Math.max(0, ...all));
  const n = Math.max(1, spec.labels.length);
  const slot = plotW / n;
  const x = (i: number) => pad.left + slot * (i + 0.5);
  const y = (v: number) => pad.top + plotH - (Math.max(0, Math.min(v, yMax)) / yMax) * plotH;

  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" data-testid="chart-${escapeHtml(spec.id)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" aria-label="${escapeHtml(spec.title)}">`,
    `<title>${escapeHtml(spec.title)}</title>`,
    `<text x="${pad.left}" y="16" class="chart-title">${escapeHtml(spec.title)}</text>`,
  );
  for (let t = 0; t <= 4; t++) {
    const value = (yMax * t) / 4;
    const ty = f(y(value));
    parts.push(
      `<line x1="${pad.left}" x2="${width - pad.right}" y1="${ty}" y2="${ty}" class="grid"/>`,
      `<text x="${pad.left - 6}" y="${ty}" class="tick" text-anchor="end" dominant-baseline="middle">${escapeHtml(format(value))}</text>`,
    );
  }
  // Label every k-th day so labels never overlap.
  const every = Math.max(1, Math.ceil(n / Math.max(1, Math.floor(plotW / 70))));
  spec.labels.forEach((label, i) => {
    if (i % every === 0) {
      parts.push(
        `<text x="${f(x(i))}" y="${height - pad.bottom + 16}" class="tick" text-anchor="middle">${escapeHtml(label)}</text>`,
      );
    }
  });

  const bars = spec.series.filter((s) => s.kind === 'bar');
  const barW = (slot * 0.7) / Math.max(1, bars.length);
  spec.series.forEach((series, index) => {
    const color = series.color ?? PALETTE[index % PALETTE.length];
    if (series.kind === 'bar') {
      const b = bars.indexOf(series);
      series.values.forEach((v, i) => {
        if (v === null || !Number.isFinite(v)) return;
        const left = x(i) - (slot * 0.7) / 2 + b * barW;
        const top = y(v);
        parts.push(
          `<rect x="${f(left)}" y="${f(top)}" width="${f(barW)}" height="${f(pad.top + plotH - top)}" fill="${color}"><title>${escapeHtml(`${series.name} ${spec.labels[i] ?? ''}: ${format(v)}`)}</title></rect>`,
        );
      });
      return;
    }
    // A line breaks at gaps (days with no data) instead of pretending a value.
    let path = '';
    let pen = false;
    series.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) {
        pen = false;
        return;
      }
      path += `${pen ? 'L' : 'M'}${f(x(i))} ${f(y(v))} `;
      pen = true;
      parts.push(
        `<circle cx="${f(x(i))}" cy="${f(y(v))}" r="3" fill="${color}"><title>${escapeHtml(`${series.name} ${spec.labels[i] ?? ''}: ${format(v)}`)}</title></circle>`,
      );
    });
    if (path) parts.push(`<path d="${path.trim()}" fill="none" stroke="${color}" stroke-width="2"/>`);
  });

  if (spec.series.length > 1) {
    spec.series.forEach((series, index) => {
      const lx = pad.left + index * 140;
      const color = series.color ?? PALETTE[index % PALETTE.length];
      parts.push(
        `<rect x="${lx}" y="${height - 14}" width="10" height="10" fill="${color}"/>`,
        `<text x="${lx + 14}" y="${height - 5}" class="tick">${escapeHtml(series.name)}</text>`,
      );
    });
  }
  if (spec.labels.length === 0) {
    parts.push(`<text x="${width / 2}" y="${height / 2}" class="tick" text-anchor="middle">no data yet</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}
