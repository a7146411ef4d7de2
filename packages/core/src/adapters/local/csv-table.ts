// The queue as a table of text cells — a header row and data rows, as a CSV
// file or a Sheets tab holds it — and the two pure steps every queue store
// shares: reading QueueRows out of it, and planning the cell edits a
// QueueChange makes. The CSV store and the Sheets store differ only in how
// they fetch the cells and how they write the edits back.
//
// Rules (DESIGN §4): columns are matched by trimmed, case-insensitive header
// name; unknown columns are kept, in place, as `extra`; values are text and
// never reinterpreted; a known column missing from the header is added (at
// the end) only when a write puts a value in it.
import { stripControlChars } from '../../domain/content/text';
import { UserError } from '../../errors';
import { type NewQueueRow, QUEUE_COLUMNS, type QueueColumn, type QueueRow } from '../../model';
import type { QueueChange } from '../../ports';

export interface CellTable {
  /** Header cells exactly as read (may be shorter than some rows). */
  header: string[];
  /** Data rows exactly as read; rows may be ragged. */
  rows: string[][];
}

/** Where each column's values go in a QueueRow. */
export interface QueueLayout {
  known: Map<QueueColumn, number>;
  /** Extra key of each non-known column position. */
  extra: Map<number, string>;
  width: number;
  warnings: string[];
}

/** One cell to write; `row` is the 1-based data row (0 = the header). */
export interface CellEdit {
  row: number;
  col: number;
  value: string;
}

export interface QueueWritePlan {
  table: CellTable;
  /** Changed cells of existing rows and of the header, in row then column order. */
  edits: CellEdit[];
  /** New data rows, laid out in the (possibly extended) header's columns. */
  appended: string[][];
}

const KNOWN = new Set<string>(QUEUE_COLUMNS);

/** The name of a column with no usable header cell (blank, duplicate, or past the header's end). */
export function syntheticColumnName(col: number): string {
  return `column_${col + 1}`;
}

export function queueLayout(table: CellTable, source: string): QueueLayout {
  const known = new Map<QueueColumn, number>();
  const extra = new Map<number, string>();
  const warnings: string[] = [];
  const width = Math.max(table.header.length, ...table.rows.map((cells) => cells.length));
  const usedExtra = new Set<string>();
  for (let col = 0; col < width; col++) {
    const raw = table.header[col];
    const name = raw?.trim() ?? '';
    const lower = name.toLowerCase();
    if (KNOWN.has(lower)) {
      const column = lower as QueueColumn;
      const first = known.get(column);
      if (first !== undefined) {
        throw new UserError(
          `${source}: column '${column}' appears twice in the header (columns ${first + 1} and ${col + 1}); keep one.`,
        );
      }
      known.set(column, col);
      continue;
    }
    let key = name;
    if (key === '' || usedExtra.has(key) || KNOWN.has(key.toLowerCase())) key = syntheticColumnName(col);
    if (raw === undefined) {
      warnings.push(
        `${source}: some rows have more cells than the header's ${table.header.length} columns; ` +
          `column ${col + 1} is kept as '${key}'.`,
      );
    }
    usedExtra.add(key);
    extra.set(col, key);
  }
  if (!known.has('id') && (table.header.length > 0 || table.rows.some((cells) => !isBlank(cells)))) {
    throw new UserError(
      `${source}: the header has no 'id' column (found: ${table.header.map((h) => `'${h}'`).join(', ')}); ` +
        `expected a header row naming at least 'id', e.g. ${QUEUE_COLUMNS.slice(0, 4).join(',')}.`,
    );
  }
  return { known, extra, width, warnings };
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** The QueueRow of the data row at `index` (0-based); undefined for a wholly blank row. */
export function queueRowAt(cells: readonly string[], index: number, layout: QueueLayout): QueueRow | undefined {
  if (isBlank(cells)) return undefined;
  const row = { row: index + 1, extra: {} } as QueueRow;
  for (const column of QUEUE_COLUMNS) {
    const col = layout.known.get(column);
    row[column] = col === undefined ? '' : (cells[col] ?? '');
  }
  for (const [col, key] of layout.extra) row.extra[key] = cells[col] ?? '';
  return row;
}

/** The table's data rows as QueueRows; wholly blank rows are skipped but still counted in `row`. */
export function queueRowsOf(table: CellTable, layout: QueueLayout): QueueRow[] {
  const rows: QueueRow[] = [];
  table.rows.forEach((cells, index) => {
    const row = queueRowAt(cells, index, layout);
    if (row) rows.push(row);
  });
  return rows;
}

/** Read a table into QueueRows (with the layout's warnings). */
export function readQueueTable(table: CellTable, source: string): { rows: QueueRow[]; warnings: string[] } {
  const layout = queueLayout(table, source);
  return { rows: queueRowsOf(table, layout), warnings: layout.warnings };
}

/**
 * Plan the writes of a QueueChange: the new table plus the exact cells that
 * differ. Cells the change does not alter are not in `edits`, so a store that
 * writes only `edits` leaves everything else (formulas, formatting) alone.
 */
export function planQueueWrite(table: CellTable, change: QueueChange<unknown>, source: string): QueueWritePlan {
  const layout = queueLayout(table, source);
  const header = [...table.header];
  // Rows are copied when an update changes them, not all of them on every write.
  const rows = table.rows.slice();
  const edits: CellEdit[] = [];
  const extraCols = new Map<string, number>([...layout.extra].map(([col, key]) => [key, col]));
  let width = layout.width;

  // A table without a header (missing file, empty tab) gets every known column.
  if (header.length === 0 && ((change.update?.length ?? 0) > 0 || (change.append?.length ?? 0) > 0)) {
    QUEUE_COLUMNS.forEach((column, col) => {
      header[col] = column;
      layout.known.set(column, col);
      edits.push({ row: 0, col, value: column });
    });
    width = Math.max(width, header.length);
  }

  const addColumn = (name: string): number => {
    const col = width++;
    while (header.length < col) header.push('');
    header[col] = name;
    edits.push({ row: 0, col, value: name });
    return col;
  };
  const knownCol = (column: QueueColumn, value: string): number | undefined => {
    const col = layout.known.get(column);
    if (col !== undefined || value === '') return col;
    const added = addColumn(column);
    layout.known.set(column, added);
    return added;
  };
  const extraCol = (key: string, value: string): number | undefined => {
    const col = extraCols.get(key);
    if (col !== undefined || value === '') return col;
    const added = addColumn(key);
    extraCols.set(key, added);
    return added;
  };
  const cellsOf = (row: NewQueueRow | QueueRow): Array<[number, string]> => {
    const cells: Array<[number, string]> = [];
    for (const column of QUEUE_COLUMNS) {
      const value = row[column] ?? '';
      const col = knownCol(column, value);
      if (col !== undefined) cells.push([col, value]);
    }
    for (const [key, value] of Object.entries(row.extra ?? {})) {
      const col = extraCol(key, value);
      if (col !== undefined) cells.push([col, value]);
    }
    return cells;
  };

  const updates = [...(change.update ?? [])].sort((a, b) => a.row - b.row);
  for (const update of updates) {
    const original = rows[update.row - 1];
    if (!Number.isInteger(update.row) || !original) {
      throw new Error(`${source}: an update names row ${update.row}, but the table has ${rows.length} data rows`);
    }
    const cells = [...original];
    rows[update.row - 1] = cells;
    for (const [col, raw] of cellsOf(update)) {
      // An unchanged cell is left as the human wrote it; what we write has no control characters.
      if ((cells[col] ?? '') === raw) continue;
      const value = stripControlChars(raw);
      if ((cells[col] ?? '') === value) continue;
      while (cells.length < col) cells.push('');
      cells[col] = value;
      edits.push({ row: update.row, col, value });
    }
  }

  const appendedCells: Array<Array<[number, string]>> = (change.append ?? []).map(cellsOf);
  const appended = appendedCells.map((pairs) => {
    const cells = Array.from({ length: header.length }, () => '');
    for (const [col, value] of pairs) cells[col] = stripControlChars(value);
    return cells;
  });
  rows.push(...appended);

  edits.sort((a, b) => a.row - b.row || a.col - b.col);
  return { table: { header, rows }, edits, appended };
}
