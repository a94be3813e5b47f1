/**
 * The English of the sections every part shows (./base-en), for the ribbon command: its script
 * carries their Chinese only (./base), and an English Excel loads the English as a chunk of its
 * own, from the add-in's own origin like every lazily loaded part, before the command shows
 * anything. Every other part of the product imports ./base-en with its own section. In Node (the
 * tests) the import is a require.
 */
import type { Locale } from '../model';
import { hasBaseEnglish } from './base';
import { chunkLoader } from './chunk';

const english = chunkLoader(() => import(/* webpackChunkName: "texts-en" */ './base-en'));

/**
 * Resolves once the base sections' texts of the language are here (at once for Chinese, or when
 * they are already). A failed load leaves the Chinese texts in use and is tried again by the next
 * call: the command still runs and says what it did, in Chinese.
 */
export function loadBaseTexts(locale: Locale): Promise<void> {
  if (locale === 'zh-CN' || hasBaseEnglish()) return Promise.resolve();
  return english.load().catch(() => undefined);
}

/** For tests: how the English texts are imported (the real chunk when not given). */
export const baseTextsForTests = { setImport: english.setImport };
