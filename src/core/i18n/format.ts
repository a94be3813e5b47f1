import type { Locale, MessageData } from '../model';

/** A text in both interface languages. zh-CN is the product's first language. */
export interface Localized {
  'zh-CN': string;
  'en-US': string;
}

/** Replaces `{name}` with data.name; unknown placeholders are left as written. */
export function interpolate(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}

export function pick(text: Localized, locale: Locale): string {
  return text[locale] ?? text['zh-CN'];
}

/** Chooses zh-CN or en-US from an Office/BCP-47 language tag; anything Chinese -> zh-CN. */
export function localeFrom(tag: string | undefined | null): Locale {
  if (!tag) return 'zh-CN';
  return /^en\b/i.test(tag) ? 'en-US' : 'zh-CN';
}
