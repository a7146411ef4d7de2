// Cutting a CSV file into records line by line, so one unbalanced quote costs
// one record, not the rest of the file.
//
// Why by hand: csv-parse cannot recover from an unbalanced quote. Once a
// field opens a quote that never closes, every later line is read into that
// field — with `skip_records_with_error` too (after an invalid closing quote
// it stays inside the quotes) — and the parse ends in "Quote Not Closed".
// So we find where records start ourselves and hand each record to csv-parse.
// The rule: a record continues past a line end while it holds an odd number
// of quote characters (RFC 4180: a quoted field's own quotes are doubled).
// If, while a record is open, the next line is a whole, valid record by
// itself, the open record is the broken one: it is skipped (and reported)
// and reading goes on from that line.

export interface CsvRecordText {
  /** The record's lines joined with '\n'. */
  text: string;
  /** 1-based line of the file where the record starts. */
  line: number;
}

export interface SkippedLines {
  from: number;
  to: number;
  /** The skipped lines run to the end of the file. */
  atEnd: boolean;
}

export function quoteCount(line: string): number {
  let count = 0;
  for (let at = line.indexOf('"'); at !== -1; at = line.indexOf('"', at + 1)) count++;
  return count;
}

export class CsvRecordSplitter {
  private open: string[] = [];
  private openFrom = 0;
  private openQuotes = 0;
  private lastLine = 0;

  constructor(
    /** True when a line is a complete, valid record by itself (only asked while a record is open). */
    private readonly startsRecord: (line: string) => boolean,
    private readonly onRecord: (record: CsvRecordText) => void,
    private readonly onSkip: (skipped: SkippedLines) => void,
  ) {}

  /** True while a record is open: the lines so far end inside a quoted field. */
  get isOpen(): boolean {
    return this.open.length > 0;
  }

  /** Feed the next line of the file, without its line break. */
  push(line: string, lineNo: number): void {
    this.lastLine = lineNo;
    const quotes = quoteCount(line);
    if (this.open.length > 0) {
      if (quotes % 2 === 0 && this.startsRecord(line)) {
        this.onSkip({ from: this.openFrom, to: lineNo - 1, atEnd: false });
        this.open = [];
      } else {
        this.open.push(line);
        this.openQuotes += quotes;
        if (this.openQuotes % 2 === 0) {
          this.onRecord({ text: this.open.join('\n'), line: this.openFrom });
          this.open = [];
        }
        return;
      }
    }
    if (line.trim() === '') return;
    if (quotes % 2 === 0) {
      this.onRecord({ text: line, line: lineNo });
      return;
    }
    this.open = [line];
    this.openFrom = lineNo;
    this.openQuotes = quotes;
  }

  /** The file ended: a record still open is skipped. */
  end(): void {
    if (this.open.length > 0) this.onSkip({ from: this.openFrom, to: this.lastLine, atEnd: true });
    this.open = [];
  }
}

/**
 * Lines of a text stream, without their '\n' or '\r\n' (a lone '\r' is
 * data, as in the writers), handed over a chunk at a time: the whole lines
 * each chunk completes. One await per chunk instead of one per line.
 */
export async function* lineBatches(chunks: AsyncIterable<string> | Iterable<string>): AsyncIterable<string[]> {
  let rest = '';
  for await (const chunk of chunks) {
    const text = rest === '' ? chunk : rest + chunk;
    const lines: string[] = [];
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      lines.push(text.slice(start, end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end));
      start = end + 1;
    }
    rest = text.slice(start);
    if (lines.length > 0) yield lines;
  }
  if (rest !== '') yield [rest.endsWith('\r') ? rest.slice(0, -1) : rest];
}

/** Lines of a text stream, one at a time (see lineBatches). */
export async function* linesOf(chunks: AsyncIterable<string> | Iterable<string>): AsyncIterable<string> {
  for await (const lines of lineBatches(chunks)) for (const line of lines) yield line;
}
