/**
 * The one message catalogue. Every text a user can see — rule messages, the task pane, host
 * errors, the command line — is here in zh-CN and en-US. Sections live in their own files so
 * that each part of the product owns its texts; this module is the only way to read them.
 */
import type { Locale, MessageData } from '../model';
import { interpolate, pick, type Localized } from './format';
import { VALUE_RULE_TEXTS } from './rules-value';
import { TABLE_RULE_TEXTS } from './rules-table';
import { UI_TEXTS } from './ui';
import { HOST_TEXTS } from './host';
import { CLI_TEXTS } from './cli';
import { TEMPLATE_TEXTS } from './template';
import { REVIEW_TEXTS } from './review';
import { PREVIEW_TEXTS } from './preview';

export type { Localized } from './format';
export { interpolate, localeFrom, pick } from './format';

export interface RuleTexts {
  /** Short name of the rule (a noun phrase), for lists and docs. */
  name: Localized;
  /** One or two sentences for the docs: what the rule checks and why. */
  description: Localized;
  /** Message templates by messageId; `{placeholders}` are filled from the report's data. */
  messages: Record<string, Localized>;
}

export const RULE_TEXTS: Readonly<Record<string, RuleTexts>> = { ...VALUE_RULE_TEXTS, ...TABLE_RULE_TEXTS };

const TEXTS = { ...UI_TEXTS, ...HOST_TEXTS, ...CLI_TEXTS, ...TEMPLATE_TEXTS, ...REVIEW_TEXTS, ...PREVIEW_TEXTS } as const;
export type TextKey = keyof typeof TEXTS;

/** A catalogue text in the given locale with its placeholders filled. */
export function t(key: TextKey, locale: Locale = 'zh-CN', data?: MessageData): string {
  const entry: Localized = TEXTS[key];
  return interpolate(pick(entry, locale), data);
}

/** A rule's message in the given locale. Throws for an unknown rule or message id (a bug). */
export function ruleMessage(ruleId: string, messageId: string, locale: Locale = 'zh-CN', data?: MessageData): string {
  const texts = RULE_TEXTS[ruleId];
  const template = texts?.messages[messageId];
  if (!template) throw new Error(`No message ${messageId} for rule ${ruleId}`);
  return interpolate(pick(template, locale), data);
}
