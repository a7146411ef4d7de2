import { describe, expect, it } from 'vitest';
import { markdownTable, mermaidPie, mermaidXYChart } from '../../../packages/core/src/report';

describe('markdownTable', () => {
  it('renders headers, separator and rows, escaping pipes and newlines', () => {
    expect(markdownTable(['Item', 'Note'], [['a|b', 'line 1\nline 2'], ['c', 3], ['only one cell']])).toBe(
      ['| Item | Note |', '| --- | --- |', '| a\\|b | line 1<br>line 2 |', '| c | 3 |', '| only one cell |  |'].join(
        '\n',
      ),
    );
  });
});

describe('mermaid charts', () => {
  it('builds an xychart-beta block with bars and lines aligned to the x labels', () => {
    expect(
      mermaidXYChart({
        title: 'Pass rate "by" day',
        xLabels: ['05-01', '05-02'],
        yLabel: 'percent',
        series: [
          { name: 'passed', kind: 'bar', values: [3, 4] },
          { name: 'rate', kind: 'line', values: [50.123456] },
        ],
      }),
    ).toBe(
      [
        '```mermaid',
        'xychart-beta',
        `    title "Pass rate 'by' day (bar: passed, line: rate)"`,
        '    x-axis ["05-01", "05-02"]',
        '    y-axis "percent"',
        '    bar [3, 4]',
        '    line [50.1235, 0]',
        '```',
      ].join('\n'),
    );
  });

  it('builds a pie without empty slices', () => {
    expect(
      mermaidPie({
        title: 'Outcomes',
        slices: [
          { label: 'published', value: 3 },
          { label: 'failed', value: 0 },
          { label: 'blocked', value: 1 },
        ],
      }),
    ).toBe(
      ['```mermaid', 'pie showData', '    title Outcomes', '    "published" : 3', '    "blocked" : 1', '```'].join(
        '\n',
      ),
    );
  });
});
