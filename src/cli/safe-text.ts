/**
 * Text from a workbook (cell values, sheet names) and from the file system (file names) is
 * untrusted: an ESC, a CSI, a carriage return or a bidi override in a cell must not move the
 * cursor, recolour the terminal, hide a line or reorder what the reviewer reads. Everything we
 * print goes through `visible` (text) or `safeJson` (JSON); Node's error codes are said in words.
 */
import '../core/i18n/cli';
import type { Locale } from '../core/model';
import { t, type TextKey } from '../core/i18n';

/**
 * C0 controls, DEL, C1 controls (U+009B is a one-byte CSI), the bidi controls (LRM, RLM, ALM,
 * embeddings, overrides, isolates) and the line/paragraph separators.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function hex(c: number, width: number): string {
  return c.toString(16).toUpperCase().padStart(width, '0');
}

/** `a\x1B[31mb` shows as `a\x1B[31mb`, a newline as `\n`: one finding stays on one line. */
export function visible(s: string): string {
  return s.replace(UNSAFE, (ch) => {
    const c = ch.charCodeAt(0);
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return c < 0x100 ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`;
  });
}

/**
 * An error's stack for --debug, line by line through `visible`: its message can quote a file (an
 * ExcelJS error names the address it could not read, a crafted `r="\x1B]0;…"`), and --debug must
 * not hand the terminal an escape sequence either.
 */
export function debugDetail(err: unknown): string {
  const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return text.split('\n').map(visible).join('\n');
}

/** Characters JSON.stringify leaves raw that a terminal may act on (it escapes C0 itself). */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * JSON.stringify, with C1 and bidi controls written as \u escapes as well: the same document
 * once parsed, and harmless when someone pipes it to a terminal.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`);
}

/** True when the value is a list, or an object holding one, that is not empty: it is written part by part. */
function holdsList(value: object): boolean {
  if (Array.isArray(value)) return value.length > 0;
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    if (Array.isArray(v) && v.length > 0) return true;
  }
  return false;
}

/** Values JSON.stringify leaves out of an object (and writes as null in a list). */
function omitted(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** An object or list being written: its keys (none for a list), the next item, its indent. */
interface Frame {
  value: Record<string, unknown> | unknown[];
  keys: string[] | undefined;
  next: number;
  indent: string;
}

/**
 * safeJson's document, handed to `write` piece by piece: the pieces joined are safeJson(value),
 * and no piece is the whole. A report of 2,000,000 findings (an 8 MB file whose every cell is a
 * bad value) was longer than V8's longest string: JSON.stringify threw “Invalid string length”
 * and the command line said 程序内部出错 with nothing on stdout. For plain data (the report: no
 * toJSON, no cycles). An object holding no list is written by JSON.stringify itself, indented
 * where it stands (its strings never hold a raw line break); lists and their holders are walked
 * with a stack of frames, not recursion.
 */
export function writeSafeJson(value: unknown, write: (s: string) => void): void {
  const safe = (s: string) => write(s.replace(JSON_UNSAFE, (ch) => `\\u${hex(ch.charCodeAt(0), 4)}`));
  const stack: Frame[] = [];
  const put = (v: unknown, indent: string) => {
    if (v === null || typeof v !== 'object' || !holdsList(v)) {
      const text = JSON.stringify(v, null, 2) ?? 'null';
      safe(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
    } else if (Array.isArray(v)) {
      write('[');
      stack.push({ value: v as unknown[], keys: undefined, next: 0, indent });
    } else {
      const record = v as Record<string, unknown>;
      write('{');
      stack.push({ value: record, keys: Object.keys(record).filter((k) => !omitted(record[k])), next: 0, indent });
    }
  };
  put(value, '');
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    const length = frame.keys ? frame.keys.length : (frame.value as unknown[]).length;
    if (frame.next === length) {
      write(`\n${frame.indent}${frame.keys ? '}' : ']'}`);
      stack.pop();
      continue;
    }
    const i = frame.next++;
    const inner = `${frame.indent}  `;
    if (frame.keys) {
      const key = frame.keys[i];
      safe(`${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(key)}: `);
      put((frame.value as Record<string, unknown>)[key], inner);
    } else {
      write(`${i > 0 ? ',' : ''}\n${inner}`);
      const item = (frame.value as unknown[])[i];
      put(omitted(item) ? null : item, inner);
    }
  }
}

const SYSTEM_CODES = [
  'EACCES',
  'EBUSY',
  'EEXIST',
  'EISDIR',
  'ELOOP',
  'EMFILE',
  'ENAMETOOLONG',
  'ENOENT',
  'ENOSPC',
  'ENOTDIR',
  'EPERM',
  'EROFS',
  'EIO',
  'EXDEV',
  'EINVAL',
  'EDQUOT',
] as const;

/** A Node file-system error in words ("没有权限"), never Node's English message. */
export function systemReason(err: unknown, locale: Locale): string {
  const code = String((err as { code?: unknown } | null)?.code ?? '');
  const known = (SYSTEM_CODES as readonly string[]).includes(code);
  if (known) return t(`cli.sys.${code}` as TextKey, locale);
  return t('cli.sys.other', locale, { code: /^[A-Z0-9_]{2,40}$/.test(code) ? code : '?' });
}
