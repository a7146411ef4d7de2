// queue.csv is written with a fast path for rows of plain cells; the text
// must be exactly what csv-stringify writes, for every kind of cell.
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { stringifyCsvTable } from '../../../packages/core/src/adapters/local/queue-csv-file';

const reference = (rows: string[][], eol: '\n' | '\r\n', bom: boolean) =>
  (bom ? '\ufeff' : '') +
  stringify(rows, { record_delimiter: eol === '\r\n' ? 'windows' : 'unix', quoted_match: /[\r\n]/ });

describe('stringifyCsvTable', () => {
  const hostile = ['', 'plain', 'a,b', 'say "hi"', 'two\nlines', 'cr\rhere', 'crlf\r\nx', '=1+2', ' spaced ', 'ünï'];
  const tables = [
    { header: ['id', 'title', 'status'], rows: [['a', 'Alpha', 'PENDING']] },
    { header: ['id', 'title'], rows: hostile.map((cell, i) => [`r${i}`, cell]) },
    { header: ['id', 'note,with comma'], rows: [['x'], ['y', 'z', 'extra'], []] },
    { header: ['id'], rows: [] },
  ];
  for (const eol of ['\n', '\r\n'] as const) {
    for (const bom of [false, true]) {
      it(`writes what csv-stringify writes (eol ${JSON.stringify(eol)}, bom ${bom})`, () => {
        for (const table of tables) {
          expect(stringifyCsvTable(table, { eol, bom })).toBe(reference([table.header, ...table.rows], eol, bom));
        }
      });
    }
  }
});
