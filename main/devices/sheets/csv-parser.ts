import { SheetFormatError, type SheetRow } from './sheet-row';

const enum State {
  FieldStart,
  Unquoted,
  Quoted,
  /** A quote inside a quoted field: the next character says whether it was "" or the closing one. */
  QuoteInQuoted,
  /** After a closing quote; stray characters before the delimiter are kept, as Excel does. */
  AfterQuoted,
}

const CR = 13;
const LF = 10;

/**
 * RFC 4180 CSV, fed text in pieces of any size: quoted fields with doubled quotes, delimiters and
 * line breaks inside, records ended by CRLF, LF or a lone CR. Every line break ends a record
 * (an empty line is one empty cell); the end of the text ends one only if it has begun.
 * A record number counts records, as a spreadsheet numbers the rows of the file.
 */
export class CsvParser {
  private state = State.FieldStart;
  private field = '';
  private cells: string[] = [];
  private started = false;
  private skipLf = false;
  private rowNumber = 0;
  private readonly delimiter: number;

  constructor(delimiter = ',') {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
      throw new RangeError(`a CSV delimiter is one character other than a quote or a line break: ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The records completed by this piece of text. */
  push(text: string): SheetRow[] {
    const out: SheetRow[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      if (this.skipLf) {
        this.skipLf = false;
        if (text.charCodeAt(i) === LF) {
          i++;
          continue;
        }
      }
      switch (this.state) {
        case State.Quoted: {
          const quote = text.indexOf('"', i);
          if (quote === -1) {
            this.field += text.slice(i);
            i = n;
          } else {
            this.field += text.slice(i, quote);
            this.state = State.QuoteInQuoted;
            i = quote + 1;
          }
          break;
        }
        case State.QuoteInQuoted:
          if (text.charCodeAt(i) === 34) {
            this.field += '"';
            this.state = State.Quoted;
            i++;
          } else {
            this.state = State.AfterQuoted;
          }
          break;
        case State.FieldStart:
          this.started = true;
          if (text.charCodeAt(i) === 34) {
            this.state = State.Quoted;
            i++;
            break;
          }
          this.state = State.Unquoted;
          i = this.scanUnquoted(text, i, out);
          break;
        case State.Unquoted:
        case State.AfterQuoted:
          i = this.scanUnquoted(text, i, out);
          break;
      }
    }
    return out;
  }

  /** The last record, if the text ended inside one; an open quote at the end is a broken file. */
  end(): SheetRow[] {
    if (this.state === State.Quoted) {
      throw new SheetFormatError('CSV_UNTERMINATED_QUOTE', this.rowNumber + 1, `第 ${this.rowNumber + 1} 行的引号没有闭合，文件可能不完整`);
    }
    if (!this.started) return [];
    const out: SheetRow[] = [];
    this.endRecord(out);
    return out;
  }

  /** Plain text up to the next delimiter or line break, taken as one slice. */
  private scanUnquoted(text: string, from: number, out: SheetRow[]): number {
    let j = from;
    const n = text.length;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === this.delimiter || c === CR || c === LF) break;
      j++;
    }
    if (j > from) this.field += text.slice(from, j);
    if (j === n) return n;
    const c = text.charCodeAt(j);
    if (c === this.delimiter) {
      this.cells.push(this.field);
      this.field = '';
      this.state = State.FieldStart;
    } else {
      this.endRecord(out);
      this.skipLf = c === CR;
    }
    return j + 1;
  }

  private endRecord(out: SheetRow[]): void {
    this.cells.push(this.field);
    this.rowNumber++;
    out.push({ rowNumber: this.rowNumber, cells: this.cells });
    this.cells = [];
    this.field = '';
    this.started = false;
    this.state = State.FieldStart;
  }
}
