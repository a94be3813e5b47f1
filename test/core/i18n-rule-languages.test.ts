/**
 * The rules' texts are one module per language (src/core/i18n/rule-texts.ts): the Chinese ones come
 * with the engine, the English ones only where they are imported or loaded. Both languages have
 * the same rules and the same messages, with the same placeholders; none is left over in either.
 */
import { RULES } from '../../src/core/engine/rules';
import * as catalogue from '../../src/core/i18n';
import * as loader from '../../src/core/i18n/load-rules';

// In this order: the first test sees the catalogue as the engine brings it, the second loads English.

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('the catalogue brings the Chinese rule texts, the ones the engine writes, and not the English ones', () => {
  expect(catalogue.hasRuleTexts('zh-CN')).toBe(true);
  expect(catalogue.hasRuleTexts('en-US')).toBe(false);
  expect(catalogue.ruleMessage('value/empty', 'empty')).toMatch(/^指标值为空/);
  expect(() => catalogue.ruleMessage('value/empty', 'empty', 'en-US')).toThrow(/en-US texts are not loaded/);
  // A name is never missing from a list while the language loads: the Chinese one stands in.
  expect(catalogue.ruleName('value/empty', 'en-US')).toBe('指标值为空');
});

test('loading the English texts adds them; a failed load is tried again by the next call', async () => {
  loader.ruleTextsForTests.setImport(() => Promise.reject(new Error('Loading chunk rules-en failed.')));
  await expect(loader.loadRuleTexts('en-US')).rejects.toThrow('rules-en');
  loader.ruleTextsForTests.setImport();
  await loader.loadRuleTexts('en-US');
  expect(catalogue.ruleMessage('value/empty', 'empty', 'en-US')).toMatch(/^The indicator value is empty/);
  expect(catalogue.ruleName('value/empty', 'en-US')).toBe('Empty indicator value');
});

test('both languages have every rule and every message, the same placeholders, and nothing else', async () => {
  await loader.loadRuleTexts('en-US');
  const zh = catalogue.ruleTexts('zh-CN');
  const en = catalogue.ruleTexts('en-US');
  const ids = RULES.map((r) => r.meta.id).sort();
  expect(Object.keys(zh).sort()).toEqual(ids);
  expect(Object.keys(en).sort()).toEqual(ids);
  for (const id of ids) {
    expect(Object.keys(en[id].messages)).toEqual(Object.keys(zh[id].messages));
    expect(zh[id].name.length).toBeGreaterThan(1);
    expect(en[id].name.length).toBeGreaterThan(1);
    for (const [messageId, text] of Object.entries(zh[id].messages)) {
      expect(placeholders(en[id].messages[messageId])).toEqual(placeholders(text));
    }
  }
});
