/**
 * The one message catalogue. Every text a user can see — rule messages, the task pane, host
 * errors, the command line — is here in zh-CN and en-US. The rules' texts are one module per
 * language (./rule-texts says which loads where): this module brings the Chinese ones, which the
 * engine writes its findings in. Sections live in their own files so
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
import { clipData, interpolate } from './format';
import { addedRuleTexts, hasRuleTexts, type RuleCatalogue } from './rule-texts';
import { TABLE_RULE_TEXTS_ZH } from './rules-table-zh';
import { VALUE_RULE_TEXTS_ZH } from './rules-value-zh';

export * from './base';
export { hasRuleTexts } from './rule-texts';
export type { RuleCatalogue, RuleTexts } from './rule-texts';

/**
 * The engine writes every finding's message in Chinese: its texts are wherever the engine is. A
 * plain constant, not added to ./rule-texts by a call, so that a bundle importing this module for
 * `t` alone (the preview's file reader, the legacy pane) leaves it out.
 */
const ZH_RULE_TEXTS: RuleCatalogue = { ...VALUE_RULE_TEXTS_ZH, ...TABLE_RULE_TEXTS_ZH };

/** A language's rule texts. Throws for one not loaded: ./rules-en was not imported (a bug). */
export function ruleTexts(locale: Locale): RuleCatalogue {
  const texts = locale === 'zh-CN' ? ZH_RULE_TEXTS : addedRuleTexts(locale);
  if (texts === undefined) throw new Error(`The rules' ${locale} texts are not loaded`);
  return texts;
}

/**
 * A rule's message in the given locale. Throws for an unknown rule or message id, and for a
 * language whose rule texts were not loaded (./rules-en not imported): both are bugs.
 */
export function ruleMessage(ruleId: string, messageId: string, locale: Locale = 'zh-CN', data?: MessageData): string {
  const template = ruleTexts(locale)[ruleId]?.messages[messageId];
  if (template === undefined) throw new Error(`No message ${messageId} for rule ${ruleId}`);
  return interpolate(template, clipData(data));
}

/**
 * A rule's name in the given locale; the Chinese one while that language's texts are still
 * loading (the task pane's English texts are a chunk of their own), undefined for an unknown rule.
 */
export function ruleName(ruleId: string, locale: Locale): string | undefined {
  return ruleTexts(hasRuleTexts(locale) ? locale : 'zh-CN')[ruleId]?.name;
}
