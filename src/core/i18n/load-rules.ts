/**
 * Loads a language's rule texts where they are not part of the bundle: the task pane's engine
 * chunk has the Chinese ones (the engine writes its findings in Chinese); the English ones are a
 * chunk of their own (`rules-en`), from the add-in's own origin like every lazily loaded part,
 * asked for only by a pane whose language is English. In Node (the command line, tests) the import
 * is a require.
 */
import type { Locale } from '../model';
import { chunkLoader } from './chunk';
import { hasRuleTexts } from './rule-texts';

const english = chunkLoader(() => import(/* webpackChunkName: "rules-en" */ './rules-en'));

/** Resolves once the language's rule texts are loaded; a failed load is tried again by the next call. */
export function loadRuleTexts(locale: Locale): Promise<void> {
  // The Chinese texts come with the engine (./index); only English is a chunk of its own.
  if (hasRuleTexts(locale)) return Promise.resolve();
  return english.load();
}

/** For tests: how the English texts are imported (the real chunk when not given). */
export const ruleTextsForTests = { setImport: english.setImport };
