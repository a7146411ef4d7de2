// A1 notation for the ranges the Sheets adapters send. Tab names are always
// quoted (with inner quotes doubled), so names with spaces, '!' or digits work.

export function quoteTab(tab: string): string {
  return `'${tab.replace(/'/g, "''")}'`;
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The whole tab. */
export function tabRange(tab: string): string {
  return quoteTab(tab);
}

/** Cells `fromCol..toCol` (0-based) of one sheet row (1-based, as Sheets counts). */
export function rowRange(tab: string, sheetRow: number, fromCol: number, toCol: number): string {
  return `${quoteTab(tab)}!${columnLetters(fromCol)}${sheetRow}:${columnLetters(toCol)}${sheetRow}`;
}

/** One column from `fromRow` (1-based) down. */
export function columnRange(tab: string, col: number, fromRow = 1): string {
  const letters = columnLetters(col);
  return `${quoteTab(tab)}!${letters}${fromRow}:${letters}`;
}

/** Whole sheet rows `fromRow..toRow` (1-based, inclusive), every column. */
export function rowsRange(tab: string, fromRow: number, toRow: number): string {
  return `${quoteTab(tab)}!${fromRow}:${toRow}`;
}
