/**
 * The rules' texts of the languages loaded on demand. Each language's texts are modules of their
 * own (rules-value-zh/-en, rules-table-zh/-en). The engine writes its findings in Chinese, so
 * ./index holds the zh-CN texts itself, wherever the engine is (and, unused, a bundler drops them:
 * no bundle that only shows `t` texts carries them). The en-US texts come only where English is
 * shown and add themselves here: the command line and the docs import ./rules-en, the task pane
 * loads it as a chunk of its own when its language is English (./load-rules). The ribbon command
 * shows only the engine's Chinese messages and carries no English rule text.
 *
 * This module holds no text, so what only asks whether a language is here (./load-rules) costs
 * nothing to load.
 */
import type { Locale } from '../model';

/** One rule's texts in one language. */
export interface RuleTexts {
  /** Short name of the rule (a noun phrase), for lists and docs. */
  name: string;
  /** Message templates by messageId; `{placeholders}` are filled from the report's data. */
  messages: Record<string, string>;
}

/** Every rule's texts in one language, by rule id. */
export type RuleCatalogue = Readonly<Record<string, RuleTexts>>;

const ADDED: { [L in Locale]?: RuleCatalogue } = {};

/** Adds a language's rule texts (called by the language's own module when it is imported). */
export function addRuleTexts(locale: Locale, texts: RuleCatalogue): void {
  ADDED[locale] = { ...ADDED[locale], ...texts };
}

/** A language's rule texts if its module has added them (the Chinese ones are ./index's own). */
export function addedRuleTexts(locale: Locale): RuleCatalogue | undefined {
  return ADDED[locale];
}

/**
 * Whether a language's rule texts are here: the Chinese ones always (./index holds them, wherever
 * the engine is), the English ones once loaded.
 */
export function hasRuleTexts(locale: Locale): boolean {
  return locale === 'zh-CN' || ADDED[locale] !== undefined;
}
