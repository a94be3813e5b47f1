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

export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/** Chooses zh-CN or en-US from an Office/BCP-47 language tag; anything Chinese -> zh-CN. */
export function localeFrom(tag: string | undefined | null): Locale {
  if (!tag) return 'zh-CN';
  return /^en\b/i.test(tag) ? 'en-US' : 'zh-CN';
}
