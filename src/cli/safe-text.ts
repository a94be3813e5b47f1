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
