import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderRuleDocs, rulePage, rulePageText } from '../../src/core/review/rule-docs';
import { RULES } from '../../src/core/engine/rules';
import { ruleTexts } from '../../src/core/i18n';
import '../../src/core/i18n/rules-en';
import { RULE_CHECKS } from '../../src/core/i18n/rules-help';

describe('rule docs and metadata', () => {
  it('docs/rules.md is up to date (run `npm run docs:rules`)', () => {
    const onDisk = readFileSync(join(__dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(onDisk).toBe(renderRuleDocs());
  });

  it('every rule has a unique id of the form category/name matching its category', () => {
    const ids = RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.meta.id).toMatch(new RegExp(`^${r.meta.category}/[a-z0-9]+(-[a-z0-9]+)*$`));
  });

  it('every rule has names, descriptions and messages in both languages', () => {
    for (const r of RULES) {
      const zh = ruleTexts('zh-CN')[r.meta.id];
      const en = ruleTexts('en-US')[r.meta.id];
      expect(zh).toBeDefined();
      expect(en).toBeDefined();
      expect(Object.keys(en.messages)).toEqual(Object.keys(zh.messages));
      const pairs = [[zh.name, en.name], [RULE_CHECKS[r.meta.id]['zh-CN'], RULE_CHECKS[r.meta.id]['en-US']], ...Object.keys(zh.messages).map((m) => [zh.messages[m], en.messages[m]])];
      for (const [zhText, enText] of pairs) {
        expect(zhText.length).toBeGreaterThan(0);
        expect(enText.length).toBeGreaterThan(0);
        // Same placeholders in both languages.
        const ph = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(ph(enText)).toEqual(ph(zhText));
      }
    }
  });

  it('the catalogue has no texts for rules that do not exist', () => {
    const ids = new Set(RULES.map((r) => r.meta.id));
    for (const locale of ['zh-CN', 'en-US'] as const) for (const id of Object.keys(ruleTexts(locale))) expect(ids.has(id)).toBe(true);
    for (const id of Object.keys(RULE_CHECKS)) expect(ids.has(id)).toBe(true);
  });
});

describe('rule pages (说明, perf-target rules ID)', () => {
  it('every rule has a page in both languages: why it matters, a wrong and a right example', () => {
    for (const r of RULES) {
      for (const locale of ['zh-CN', 'en-US'] as const) {
        const page = rulePage(r.meta.id, locale);
        expect(page?.why.length).toBeGreaterThan(10);
        expect(page?.wrong).not.toBe(page?.right);
      }
    }
    expect(rulePage('no/such-rule', 'zh-CN')).toBeUndefined();
  });

  it('the command line page says what, why and shows the examples', () => {
    const text = rulePageText('value/missing-sign', 'zh-CN') ?? '';
    expect(text).toMatch(/^value\/missing-sign · 指标值缺少比较符号\n类别：指标值 · 默认级别：警告\n/);
    expect(text).toContain('检查什么\n');
    expect(text).toContain('为什么重要\n');
    expect(text).toContain('✗ 错误示例：100%\n✓ 正确示例：＝100%');
    expect(rulePageText('value/missing-sign', 'en-US')).toContain('✓ Right: ＝100%');
  });
});
