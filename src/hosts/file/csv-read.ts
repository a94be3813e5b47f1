/**
 * A delimited text file (CSV, or tab-separated as systems' "导出文本" writes it), read into one
 * sheet as Excel opens it: comma, tab or semicolon between fields (the one the first lines use, or
 * the `sep=;` line Excel writes), double quotes around a field that holds one, a line break or the
 * delimiter (`""` a quote inside), any line ending. UTF-8 (with or without its byte order mark),
 * UTF-16 with its mark, else GBK (GB18030), as Chinese Excel saves a CSV. A field that is a plain
 * decimal number becomes one (the web-page reader's rule: `1,030,700.00` a number shown as
 * written, `007` text); every other field is text as written.
 *
 * Only text that is a table is read: a file whose first lines hold no delimiter (a note saved
 * under a spreadsheet's name) is not one, and read.ts says what it is instead.
 *
 * Bounded: one pass over the characters; the cells, text, rows and columns go through the readers'
 * shared budgets (./legacy-cells.ts, READ_LIMITS), so an unclosed quote that swallows the rest of
 * the file stops at the cell's character limit.
 */
import type { GridInit } from '../../core/engine/grid';
import { plainNumber } from './html-read';
import { BookBudget } from './legacy-cells';
import { XlsxError, type LeanLimits } from './xlsx-parse';

export interface CsvWork {
  /** Characters scanned: a count, so that tests prove reading linear in the file. */
  chars: number;
}

/** The file's text: byte order mark, else UTF-8 when the bytes are valid UTF-8, else GBK. */
export function delimitedText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const DELIMITERS = [9, 44, 59]; // tab, comma, semicolon: the order ties are settled in
/** Lines looked at to choose the delimiter. */
const SAMPLE_LINES = 20;

/**
 * The delimiter the file uses (its char code), or undefined for text that is not delimited: the
 * one found, outside quotes, on the most of its first non-blank lines (a tab before a comma
 * before a semicolon when as many lines hold each).
 */
export function delimiterOf(text: string): number | undefined {
  const counts = [0, 0, 0];
  let lines = 0;
  let quoted = false;
  const seen = [false, false, false];
  let blank = true;
  const end = Math.min(text.length, 64 * 1024);
  for (let i = 0; i <= end && lines < SAMPLE_LINES; i++) {
    const c = i < end ? text.charCodeAt(i) : 10;
    if (c === 34) quoted = !quoted;
    if (quoted && i < end) continue;
    if (c === 10 || c === 13) {
      if (!blank) {
        lines++;
        for (let d = 0; d < 3; d++) if (seen[d]) counts[d]++;
      }
      seen.fill(false);
      blank = true;
      continue;
    }
    if (c !== 32) blank = false;
    const d = DELIMITERS.indexOf(c);
    if (d >= 0) seen[d] = true;
  }
  let best = -1;
  for (let d = 0; d < 3; d++) if (counts[d] > 0 && (best < 0 || counts[d] > counts[best])) best = d;
  return best < 0 ? undefined : DELIMITERS[best];
}

/** Reads the text's fields into one sheet named `name`; undefined when the text is not delimited. */
export function readDelimited(bytes: Uint8Array, name: string, limits: LeanLimits, work: CsvWork = { chars: 0 }): GridInit[] | undefined {
  let text = delimitedText(bytes);
  // Excel's own hint on the first line: `sep=;`.
  const hint = /^sep=(.)\r?\n/.exec(text.slice(0, 8));
  let delimiter: number | undefined;
  if (hint) {
    delimiter = hint[1].charCodeAt(0);
    text = text.slice(hint[0].length);
  } else delimiter = delimiterOf(text);
  if (delimiter === undefined) return undefined;

  const book = new BookBudget(limits);
  const sink = book.sink();
  const n = text.length;
  let row = 0;
  let col = 0;
  let i = 0;
  const put = (field: string, quoted: boolean): void => {
    if (col >= limits.maxColumns) throw new XlsxError('column-limit', { address: String(col + 1) });
    if (field !== '') {
      const plain = plainNumber(quoted ? field : field.trim());
      if (plain) sink.add(row, col, plain.value, plain.format);
      else sink.add(row, col, field);
    }
    col++;
  };
  while (i < n) {
    let field: string;
    let quoted = false;
    if (text.charCodeAt(i) === 34) {
      // A quoted field: to the quote not doubled; what follows it up to the delimiter is kept too, as Excel keeps it.
      quoted = true;
      let out = '';
      let k = i + 1;
      for (;;) {
        const q = text.indexOf('"', k);
        if (q < 0) {
          out += text.slice(k);
          k = n;
          break;
        }
        out += text.slice(k, q);
        if (text.charCodeAt(q + 1) === 34) {
          out += '"';
          k = q + 2;
          continue;
        }
        k = q + 1;
        break;
      }
      let stop = k;
      while (stop < n && text.charCodeAt(stop) !== delimiter && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
      field = out + text.slice(k, stop);
      work.chars += stop - i;
      i = stop;
    } else {
      let stop = i;
      while (stop < n && text.charCodeAt(stop) !== delimiter && text.charCodeAt(stop) !== 10 && text.charCodeAt(stop) !== 13) stop++;
      field = text.slice(i, stop);
      work.chars += stop - i;
      i = stop;
    }
    put(field, quoted);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    work.chars++;
    if (c === delimiter) {
      i++;
      // A delimiter at the line's end: one more empty field, nothing to keep.
      continue;
    }
    // A line ending: \r\n, \n or \r alone.
    i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    row++;
    col = 0;
    if (row >= limits.maxRows && i < n) throw new XlsxError('row-limit', { row: String(row + 1) });
  }
  book.finish(name, sink, false);
  return book.grids;
}
