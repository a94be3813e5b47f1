import type { Locale, MessageData } from '../model';

/** A text in both interface languages. zh-CN is the product's first language. */
export interface Localized {
  'zh-CN': string;
  'en-US': string;
}

/** Replaces `{name}` with data.name; unknown placeholders are left as written. */
/** Templates split at their `{key}`s, kept (the catalogue's few hundred; emptied if ever full). */
const COMPILED = new Map<string, readonly string[]>();
const COMPILED_LIMIT = 2048;

/** A template as literal, key, literal, key, … literal (keys at the odd places). */
function compile(template: string): readonly string[] {
  let parts = COMPILED.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (COMPILED.size >= COMPILED_LIMIT) COMPILED.clear();
    COMPILED.set(template, parts);
  }
  return parts;
}

/**
 * `{key}`s of a template filled from `data` (a key not in it stays as written). Every finding's
 * message is made this way: the template is split once, not searched by a regular expression per
 * finding.
 */
export function interpolate(template: string, data: MessageData = {}): string {
  const parts = compile(template);
  if (parts.length === 1) return template;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i];
    out += (Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : `{${key}}`) + parts[i + 1];
  }
  return out;
}

/**
 * The longest text from a workbook a finding's message quotes (a cell holds up to 32,767
 * characters, and a message quoting one whole filled the terminal line, the pane's row and its
 * screen-reader name). Longer ones keep their start and end with an ellipsis; the cell's address is
 * beside the message, never in it.
 */
export const QUOTE_LIMIT = 120;

/** `s` at most `max` characters: its start, an ellipsis, its last few characters. */
export function clipText(s: string, max: number = QUOTE_LIMIT): string {
  if (s.length <= max) return s;
  const tail = Math.min(10, Math.floor(max / 4));
  let head = max - tail - 1;
  let from = s.length - tail;
  // Never through a surrogate pair (a lone half prints as U+FFFD).
  if (isHigh(s.charCodeAt(head - 1))) head--;
  if (isHigh(s.charCodeAt(from - 1))) from++;
  return `${s.slice(0, head)}…${s.slice(from)}`;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** A message's data with every long text clipped (the same object when none is long). */
export function clipData(data: MessageData | undefined): MessageData | undefined {
  if (data === undefined) return data;
  let out: MessageData | undefined;
  const keys = Object.keys(data);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const v = data[key];
    if (typeof v === 'string' && v.length > QUOTE_LIMIT) {
      if (out === undefined) out = { ...data };
      out[key] = clipText(v);
    }
  }
  return out ?? data;
}

/** Bidi marks, embeddings, overrides and isolates: they reorder the text around them. */
const BIDI_RE = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from a workbook as the pane and the preview show it: a bidi control is written out
 * (`\u202E`), so a cell or a sheet name cannot make a finding read in another order than it is
 * (the command line's text output does the same, with the other controls too).
 */
export function displayText(s: string): string {
  return s.replace(BIDI_RE, (ch) => `\\u${(0x10000 + ch.charCodeAt(0)).toString(16).slice(1).toUpperCase()}`);
}

/** A text whose English may not be loaded yet (./base's sections before ./base-en): pick shows its Chinese. */
export type PartlyLocalized = { 'zh-CN': string; 'en-US'?: string };

export function pick(text: PartlyLocalized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/** Chooses zh-CN or en-US from an Office/BCP-47 language tag; anything Chinese -> zh-CN. */
export function localeFrom(tag: string | undefined | null): Locale {
  if (!tag) return 'zh-CN';
  return /^en\b/i.test(tag) ? 'en-US' : 'zh-CN';
}
