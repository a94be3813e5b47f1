/**
 * The ribbon's English words (the sections every part shows: ./ui, ./host, ./review) are a chunk of
 * their own that only an English Excel loads (src/core/i18n/load-base-en.ts); its script carries
 * their Chinese only. Every other part imports them with its own section.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- a module registry of its own per test (jest.isolateModules) is reached by require */
import type * as BaseModule from '../../src/core/i18n/base';
import type * as LoaderModule from '../../src/core/i18n/load-base-en';

function fresh<T>(load: () => T): T {
  let out: T | undefined;
  jest.isolateModules(() => {
    out = load();
  });
  return out as T;
}

type Base = typeof BaseModule;
type Loader = typeof LoaderModule;

// Each test in a module registry of its own (the chunk's import too), as a fresh ribbon page has.
test("the ribbon's modules bring no English of the base sections; an English Excel loads it", () =>
  jest.isolateModulesAsync(async () => {
    // The ribbon's module graph, as its entry imports it.
    require('../../src/commands/commands');
    const base = require('../../src/core/i18n/base') as Base;
    const loader = require('../../src/core/i18n/load-base-en') as Loader;
    expect(base.hasBaseEnglish()).toBe(false);
    expect(base.t('excel.unknown', 'en-US', { detail: 'x' })).toMatch(/^Excel 报告了一个错误/);
    await loader.loadBaseTexts('zh-CN');
    expect(base.hasBaseEnglish()).toBe(false);
    await loader.loadBaseTexts('en-US');
    expect(base.hasBaseEnglish()).toBe(true);
    expect(base.t('excel.unknown', 'en-US', { detail: 'x' })).toMatch(/^Excel reported an error/);
  }));

test('a chunk that cannot be loaded leaves the Chinese words in use, and the next call tries again', () =>
  jest.isolateModulesAsync(async () => {
    const base = require('../../src/core/i18n/base') as Base;
    const loader = require('../../src/core/i18n/load-base-en') as Loader;
    loader.baseTextsForTests.setImport(() => Promise.reject(new Error('offline')));
    await expect(loader.loadBaseTexts('en-US')).resolves.toBeUndefined();
    expect(base.hasBaseEnglish()).toBe(false);
    expect(base.t('command.more', 'en-US', { count: 2 })).toBe(' 等 2 处');
    loader.baseTextsForTests.setImport();
    await loader.loadBaseTexts('en-US');
    expect(base.t('command.more', 'en-US', { count: 2 })).toBe(' and 2 more');
  }));

test('every part that shows a section of its own brings the English with it', () => {
  for (const section of ['cli', 'pane', 'preview', 'review-pane', 'views', 'file-host', 'template']) {
    const base = fresh(() => {
      require(`../../src/core/i18n/${section}`);
      return require('../../src/core/i18n/base') as Base;
    });
    expect([section, base.hasBaseEnglish()]).toEqual([section, true]);
  }
});
