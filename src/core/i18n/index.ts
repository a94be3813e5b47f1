/**
 * The one message catalogue. Every text a user can see — rule messages, the task pane, host
 * errors, the command line — is here in zh-CN and en-US. Sections live in their own files so
 * that each part of the product owns its texts; this module is the only way to read them.
 *
 * The command line's, the browser preview's, the template's, the pane's and the pane's review sections are not
 * loaded with the rest: the ribbon command never shows them (nor the task pane the first two), and
 * each is a few KB of every user's download.
 * Their modules add themselves when a part of the product that uses them imports them
 * (`import '../core/i18n/cli'`); their keys are in TextKey all the same.
 */
import type { Locale, MessageData } from '../model';
import { clipData, interpolate, pick, type Localized } from './format';
import { VALUE_RULE_TEXTS } from './rules-value';
import { TABLE_RULE_TEXTS } from './rules-table';
import { UI_TEXTS } from './ui';
import { HOST_TEXTS } from './host';
import type { CLI_TEXTS } from './cli';
import type { FILE_HOST_TEXTS } from './file-host';
import type { TEMPLATE_TEXTS } from './template';
import { REVIEW_TEXTS } from './review';
import type { PREVIEW_TEXTS } from './preview';
import type { REVIEW_PANE_TEXTS } from './review-pane';
import type { PANE_TEXTS } from './pane';

export type { Localized } from './format';
export { clipText, displayText, interpolate, localeFrom, pick } from './format';

export interface RuleTexts {
  /** Short name of the rule (a noun phrase), for lists and docs. */
  name: Localized;
  /** Message templates by messageId; `{placeholders}` are filled from the report's data. */
  messages: Record<string, Localized>;
}

export const RULE_TEXTS: Readonly<Record<string, RuleTexts>> = { ...VALUE_RULE_TEXTS, ...TABLE_RULE_TEXTS };

const BASE_TEXTS = { ...UI_TEXTS, ...HOST_TEXTS, ...REVIEW_TEXTS } as const;
export type TextKey = keyof typeof BASE_TEXTS | keyof typeof FILE_HOST_TEXTS | keyof typeof CLI_TEXTS | keyof typeof PREVIEW_TEXTS | keyof typeof TEMPLATE_TEXTS | keyof typeof REVIEW_PANE_TEXTS | keyof typeof PANE_TEXTS;

/** Every text loaded so far: the base sections, and the sections added by registerTexts. */
const TEXTS = new Map<string, Localized>(Object.entries(BASE_TEXTS));

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

/** A rule's message in the given locale. Throws for an unknown rule or message id (a bug). */
export function ruleMessage(ruleId: string, messageId: string, locale: Locale = 'zh-CN', data?: MessageData): string {
  const texts = RULE_TEXTS[ruleId];
  const template = texts?.messages[messageId];
  if (!template) throw new Error(`No message ${messageId} for rule ${ruleId}`);
  return interpolate(pick(template, locale), clipData(data));
}
