/**
 * The one message catalogue. Every text a user can see — rule messages, the task pane, host
 * errors, the command line — is here in zh-CN and en-US. Sections live in their own files so
 * that each part of the product owns its texts; this module is the only way to read them.
 *
 * The command line's, the browser preview's, the template's, the pane's and the pane's review sections are not
 * loaded with the rest: the ribbon command never shows them (nor the task pane the first two), and
 * each is a few KB of every user's download.
 * Their modules add themselves when a part of the product that uses them imports them
 * (`import '../core/i18n/cli'`); their keys are in TextKey all the same. `t` and those sections
 * are in ./base (re-exported here), which the task pane's first script imports without the rules'
 * texts.
 */
import type { Locale, MessageData } from '../model';
import { clipData, interpolate, pick, type Localized } from './format';
import { VALUE_RULE_TEXTS } from './rules-value';
import { TABLE_RULE_TEXTS } from './rules-table';

export * from './base';

export interface RuleTexts {
  /** Short name of the rule (a noun phrase), for lists and docs. */
  name: Localized;
  /** Message templates by messageId; `{placeholders}` are filled from the report's data. */
  messages: Record<string, Localized>;
}

export const RULE_TEXTS: Readonly<Record<string, RuleTexts>> = { ...VALUE_RULE_TEXTS, ...TABLE_RULE_TEXTS };

/** A rule's message in the given locale. Throws for an unknown rule or message id (a bug). */
export function ruleMessage(ruleId: string, messageId: string, locale: Locale = 'zh-CN', data?: MessageData): string {
  const texts = RULE_TEXTS[ruleId];
  const template = texts?.messages[messageId];
  if (!template) throw new Error(`No message ${messageId} for rule ${ruleId}`);
  return interpolate(pick(template, locale), clipData(data));
}
