/**
 * The task pane's engine, loaded after the pane has painted (./engine-part.ts, a chunk of its own
 * from the add-in's own origin): the pane starts asking for it at once, in the background, so a
 * first check on a normal machine waits for nothing. Every check awaits `loadEngine()` first, so
 * a pane that has results has its engine: what draws a finding uses `loadedEngine()`.
 */
import { loadRuleTexts } from '../core/i18n/load-rules';
import type { Finding, Locale } from '../core/model';
import { PartLoadError } from './view';
import type * as EnginePart from './engine-part';

export type Engine = typeof EnginePart;

let loaded: Engine | undefined;
let pending: Promise<Engine> | undefined;

/** The import itself; replaceable in tests (a chunk that cannot be loaded). */
const importChunk = (): Promise<Engine> => import(/* webpackChunkName: "engine" */ './engine-part');
let importEngine = importChunk;

/**
 * Starts loading the engine (once) and the rules' texts in the pane's language: the engine's chunk
 * has the Chinese ones it writes its findings in; a pane in English loads the English ones too, a
 * chunk of their own (src/core/i18n/load-rules.ts). A failed load is tried again by the next call.
 */
export function loadEngine(locale: Locale): Promise<Engine> {
  const engine = (pending ??= importEngine().then(
    (part) => (loaded = part),
    (err: unknown) => {
      pending = undefined;
      throw new PartLoadError(err);
    },
  ));
  if (locale === 'zh-CN') return engine;
  const texts = loadRuleTexts(locale).catch((err: unknown) => {
    throw new PartLoadError(err);
  });
  return Promise.all([engine, texts]).then(([part]) => part);
}

/** The engine, once loaded. Throws before then: a finding cannot exist before the engine has loaded. */
export function loadedEngine(): Engine {
  if (loaded === undefined) throw new Error('The engine is used before it has loaded');
  return loaded;
}

/** The engine if it has loaded, for what can draw without it (in Chinese, or with a rule's id). */
export function engineIfLoaded(): Engine | undefined {
  return loaded;
}

/**
 * A finding's message in the pane's language: the Chinese one it carries, or the engine's
 * translation (the Chinese one, should a finding ever be drawn before the engine and the
 * language's rule texts have loaded).
 */
export function findingText(f: Finding, locale: Locale): string {
  return locale === 'zh-CN' || loaded === undefined || !loaded.hasRuleTexts(locale) ? f.message : loaded.localizeFinding(f, locale);
}

/** For tests: how the engine is imported (the real chunk when not given), and forgetting a loaded one. */
export const engineForTests = {
  setImport(load?: () => Promise<Engine>): void {
    importEngine = load ?? importChunk;
    loaded = undefined;
    pending = undefined;
  },
};
