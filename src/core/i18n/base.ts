/**
 * The catalogue without the rules' texts: `t`, the sections every part of the product shows (the
 * interface's common words, the hosts' errors, the review's words) and the sections that add
 * themselves. The rules' messages (`ruleMessage`, `ruleName`) are in ./index, which re-exports
 * all of this: the engine and everything that shows a finding's message import ./index; the task
 * pane's first script imports only this module, and the rules' texts come with the engine's chunk
 * (the Chinese ones; the English ones, a pane in English loads as a chunk of their own).
 */
import type { Locale, MessageData } from '../model';
import { interpolate, pick, type Localized, type PartlyLocalized } from './format';
import { UI_TEXTS } from './ui';
import { HOST_TEXTS } from './host';
import type { CLI_TEXTS } from './cli';
import type { FILE_HOST_TEXTS } from './file-host';
import type { TEMPLATE_TEXTS } from './template';
import { REVIEW_TEXTS } from './review';
import type { PREVIEW_TEXTS } from './preview';
import type { REVIEW_PANE_TEXTS } from './review-pane';
import type { PANE_TEXTS } from './pane';
import type { VIEW_TEXTS } from './views';

export type { Localized } from './format';
export { clipText, displayText, interpolate, localeFrom, pick } from './format';

/** The sections every part shows, in Chinese; their English is ./base-en, imported where it is shown. */
const BASE_TEXTS = { ...UI_TEXTS, ...HOST_TEXTS, ...REVIEW_TEXTS } as const;
/** The keys of the sections in ./base (./ui, ./host, ./review). */
export type BaseKey = keyof typeof BASE_TEXTS;
export type TextKey = BaseKey | keyof typeof FILE_HOST_TEXTS | keyof typeof CLI_TEXTS | keyof typeof PREVIEW_TEXTS | keyof typeof TEMPLATE_TEXTS | keyof typeof REVIEW_PANE_TEXTS | keyof typeof PANE_TEXTS | keyof typeof VIEW_TEXTS;

/**
 * Every text loaded so far: the base sections (their English once ./base-en is imported), and the
 * sections added by registerTexts. A text without its English shows its Chinese (pick).
 */
const TEXTS = new Map<string, PartlyLocalized>(Object.entries(BASE_TEXTS).map(([key, zh]) => [key, { 'zh-CN': zh }]));

/** Whether ./base-en has added the base sections' English. */
let baseEnglish = false;

/** Adds the base sections' English (called by ./base-en when it is imported). */
export function registerEnglish(texts: Readonly<Record<BaseKey, string>>): void {
  for (const [key, en] of Object.entries(texts)) {
    const entry = TEXTS.get(key);
    if (entry !== undefined) TEXTS.set(key, { 'zh-CN': entry['zh-CN'], 'en-US': en });
  }
  baseEnglish = true;
}

/** Whether the base sections' English is here (./base-en imported, or loaded by ./load-base-en). */
export function hasBaseEnglish(): boolean {
  return baseEnglish;
}

/** Adds a section of the catalogue (called by the command line's and the preview's modules). */
export function registerTexts(texts: Readonly<Record<string, Localized>>): void {
  for (const [key, entry] of Object.entries(texts)) TEXTS.set(key, entry);
}

/** A catalogue text in the given locale with its placeholders filled. */
export function t(key: TextKey, locale: Locale = 'zh-CN', data?: MessageData): string {
  const entry = TEXTS.get(key);
  // A section not imported where it is used is a bug; the key itself beats a crash for the user.
  if (entry === undefined) return key;
  return interpolate(pick(entry, locale), data);
}
