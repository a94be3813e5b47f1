import { checkSheet } from '../../../src/core/engine';
/**
 * The value rules together: each mistake is reported once per cell (by the rule that names its
 * cause), the seed's correct values give no error or warning, every message of the catalogue is
 * reachable and fully filled in both languages.
 */
import { VALUE_RULES } from '../../../src/core/engine/rules/value';
import { VALUE_RULE_TEXTS_ZH } from '../../../src/core/i18n/rules-value-zh';
import type { RuleCatalogue } from '../../../src/core/i18n/rule-texts';
import { VALUE_RULE_TEXTS_EN } from '../../../src/core/i18n/rules-value-en';
import '../../../src/core/i18n/rules-en';

const VALUE_RULE_TEXTS: RuleCatalogue = VALUE_RULE_TEXTS_ZH;
import { localizeFinding } from '../../../src/core/engine';
import type { Finding } from '../../../src/core/model';
import { FIRST_INDICATOR_ROW, runRule, spec, withRow, type RowSpec, type RunOptions, type TableSpec } from '../../helpers/rule-tester';

function runAll(s: TableSpec, options?: RunOptions): Finding[] {
  return VALUE_RULES.flatMap((rule) => runRule(rule, s, options));
}

const KINDS = {
  quantity: { l2: '数量指标', l3: '软件维护次数' },
  quality: { l2: '质量指标', l3: '设备合格率' },
  timeliness: { l2: '时效指标', l3: '故障响应时间' },
  cost: { l2: '成本指标', l3: '项目总成本' },
  benefit: { l2: '社会效益指标', l3: '保障办案正常进行' },
  satisfaction: { l2: '服务对象满意度指标', l3: '单位干警满意度' },
} as const;
type Kind = keyof typeof KINDS;
const row = (kind: Kind, value: string, l3?: string) => withRow({ ...KINDS[kind], l3: l3 ?? KINDS[kind].l3, desc: l3 ?? KINDS[kind].l3, value });

describe('one finding per mistake', () => {
  const cases: [Kind, string, string[]][] = [
    ['satisfaction', '≥99百分之', ['value/malformed-unit']],
    ['satisfaction', '≥百分之98', ['value/malformed-unit']],
    ['satisfaction', '≥%', ['value/missing-number']],
    ['quantity', '≥', ['value/missing-number']],
    ['quality', '100%', ['value/missing-sign']],
    ['quality', '0%', ['value/missing-sign']],
    ['satisfaction', '≥≥90%', ['value/doubled-mark']],
    ['satisfaction', '98%%', ['value/doubled-mark', 'value/missing-sign']],
    ['satisfaction', '≥98%以上', ['value/doubled-mark']],
    ['satisfaction', '不低于98%', ['value/nonstandard-sign']],
    ['satisfaction', '>=98%', ['value/nonstandard-sign']],
    ['quantity', '≥2O次', ['value/bad-number']],
    ['quantity', '≥200', ['value/missing-unit']],
    ['satisfaction', 'XX', ['value/placeholder']],
    ['cost', '', ['value/empty']],
    ['cost', '按预算执行', ['value/qualitative-not-allowed']],
    ['cost', '≥26.5万元', ['value/wrong-direction']],
    ['satisfaction', '≤90%', ['value/wrong-direction']],
    ['satisfaction', '≥90次', ['value/unit-mismatch']],
    ['satisfaction', '≥120%', ['value/percent-range']],
    ['timeliness', '≤26万元', ['value/unit-mismatch']],
    ['cost', '≤26.5万', ['value/wan-unit']],
    ['satisfaction', '≥９８%', ['value/fullwidth']],
    ['quantity', '≤1台', ['value/quantity-ceiling']],
    ['satisfaction', '百分百', ['value/malformed-unit', 'value/missing-sign']],
    ['quantity', '≥200人次次', ['value/doubled-mark']],
    ['cost', '≤5万元元', ['value/doubled-mark']],
    ['cost', '≤¥26.5万元', ['value/malformed-unit']],
    ['cost', '≤￥265000', ['value/malformed-unit']],
    ['satisfaction', '≧95%', ['value/nonstandard-sign']],
    ['quantity', '≥-5人次', ['value/negative-number']],
    // No sign and below zero: not also value/missing-sign, whose fix (≥-5次) would still be negative.
    ['quantity', '-5次', ['value/negative-number']],
    ['quantity', '≥200+次', ['value/doubled-mark']],
    ['quantity', '≥1.5w次', ['value/malformed-unit']],
    ['satisfaction', '≥95pct', ['value/malformed-unit']],
  ];
  it.each(cases)('%s %s', (kind, value, rules) => {
    expect(runAll(row(kind, value)).map((f) => f.rule).sort()).toEqual([...rules].sort());
  });
});

describe('the seed’s correct values', () => {
  const values: [Kind, string, string?][] = [
    ['quantity', '≥200次'],
    ['timeliness', '≤24小时'],
    ['cost', '≤26.5万'],
    ['satisfaction', '≥99％'],
    ['cost', '≤103.5万元'],
    ['quantity', '≥140点', '服务点位数'],
    ['quality', '≥90%', '更新及时率'],
    ['timeliness', '≥5年', '最低使用年限'],
    ['quality', '≥70分', '工作网等保测评分数'],
    ['quantity', '≥2次', '专业测评评估次数'],
    ['quantity', '≥1000份', '报纸订阅份数'],
    ['timeliness', '≤12小时', '线路供应修复时间'],
    ['quantity', '≥10人', '救助案件当事人'],
    ['cost', '≤10万元'],
    // spec42: the seed's `≤1台` (表6 设备数量) is no longer here: a ceiling on an output quantity is a
    // warning (SPEC §4 “suspicious”; the tune corpus's reviewers label it so), see quantity-ceiling.test.ts.
    ['quality', '保障软、硬件正常运转。', '运维服务质量'],
    ['benefit', '促进依法治区'],
    ['benefit', '达到预期目标'],
    ['timeliness', '长期', '项目持续时间'],
    ['timeliness', '11月底之前', '完成时间'],
    ['benefit', '有效提升'],
    ['benefit', '保障网络安全', '保障网络安全性'],
    // values41: the fix of `各 1 次` and `各不少于1次` (国家林业局 样例, values40 w040), as applied: nothing left.
    ['quantity', '各≥1次', '年度、半年趋势报告次数'],
    // values41: counts in units the vocabulary lacked (made by us).
    ['quantity', '≥5万羽', '家禽免疫数量'],
    ['quantity', '≥10口', '新打机井数'],
  ];
  // Always three arguments: with two, jest would pass its `done` callback as the third.
  it.each(values.map(([k, v, l3]) => [k, v, l3 ?? KINDS[k].l3] as const))('%s %s: no error or warning', (kind, value, l3) => {
    const serious = runAll(row(kind, value, l3)).filter((f) => f.severity !== 'info');
    expect(serious).toEqual([]);
  });

  it('the default table is clean', () => {
    expect(runAll(spec())).toEqual([]);
  });
});

describe('the message catalogue', () => {
  /** Values that reach every message of every value rule. */
  const corpus: { s: TableSpec; options?: RunOptions }[] = [
    ...(
      [
        ['quantity', ''], ['quantity', 'XX'], ['satisfaction', '≥%'], ['cost', '按预算执行'], ['satisfaction', '满意'],
        ['quantity', '≥2O次'], ['quantity', '≥1,2次'], ['quantity', '≥两次'], ['satisfaction', '≥99百分之'], ['satisfaction', '≥百分之98'],
        ['satisfaction', '≥百分之1,2'], ['satisfaction', '≥1,2百分之'], ['quantity', '≥200'], ['quality', '≥5', '运维服务质量'], ['satisfaction', '≥≥90%'],
        ['satisfaction', '≥≥1,2%'], ['satisfaction', '≥90%以下'], ['satisfaction', '≥98%以上'], ['satisfaction', '98%%'], ['satisfaction', '≥1,2%%'],
        ['quality', '100%'], ['quantity', '1,2次'], ['satisfaction', '不低于98%'], ['satisfaction', '>=98%'], ['cost', '≥26.5万元'],
        ['satisfaction', '≤90%'], ['satisfaction', '≥90次'], ['satisfaction', '≥90分'], ['timeliness', '≤26万元'], ['cost', '≤26次'],
        ['quantity', '≥5万元'], ['quantity', '≥90%', '设备数量'], ['satisfaction', '≥120%'], ['quality', '≥-5%'], ['quality', '＞100%'],
        ['quality', '＜0%'], ['quality', '≥120%', '系统可用性'], ['quantity', '≤1台'], ['benefit', '保障办案正常进行'],
        ['benefit', '通过拨付救助金额改善群众生活', '困难群众生活状况改善情况'], ['cost', '≤26.5万'], ['satisfaction', '≥９８%'],
        // fixes39: a sum per one in a sentence, a non-money unit on a cost, a sign that cannot be told.
        ['cost', '每人每月300元', '补助标准'], ['cost', '≤470人/天', '检查差旅费'], ['timeliness', '1', '完成时限'],
        ['quantity', '按需维护'], ['timeliness', '尽快完成'], ['quality', '验收合格率达到100%', '验收合格率'],
        ['satisfaction', '90%-95%'], ['quantity', '≥101人/次'], ['quality', '≥2%', '差错率'], ['quality', '＝100%', '国有资产闲置率'], ['benefit', '高中低'],
        ['timeliness', '44561', '项目完成时间'], ['satisfaction', '≥0.9%'], ['quantity', '≥100人/≥50户'],
        ['satisfaction', '九成以上'], ['quantity', '≥10，000次'], ['satisfaction', '≤2次', '投诉次数'], ['quantity', '≥100', '培训人数（人）'], ['cost', '≤预算26.5万元'], ['cost', '80-100万元'],
        ['quality', '合格', '验收合格率'], ['quality', '已完成'],
        ['quantity', '≥200人次次', '培训人次'], ['satisfaction', '≧95%'], ['quality', '≥1个', '验收合格率'], ['quantity', '≥-5人次', '培训人次'],
        ['timeliness', '≤-3天'], ['cost', '≤-5万元'], ['cost', '≤¥26.5万元'],
        ['quantity', '≥1.5w人次', '培训人次'], ['quantity', '≥-3k人', '受益人数'],
        // values41: a cap over the budget (26.50万元) in 万元 and under a hundredth of it in 元.
        ['cost', '≤80'],
      ] as [Kind, string, string?][]
    ).map(([kind, value, l3]) => ({ s: row(kind, value, l3) })),
    { s: withRow({ l1: '效益指标', l2: '经济效益指标', l3: '带动就业', desc: '带动就业', value: '无' }) },
    { s: row('satisfaction', '≥80%'), options: { settings: { thresholds: { minSatisfaction: 85 } } } },
    {
      s: withRow({ l2: '社会效益指标', l3: '困难群众生活状况改善情况', desc: '通过拨付救助金额改善群众生活', value: '通过拨付救助金额改善群众生活' }),
    },
    ...(
      [
        { l2: '成本指标', l3: '项目总成本', sign: '≤', value: '28.8万元', unit: '%' },
        { l2: '服务对象满意度指标', l3: '干警满意度', sign: '≥', value: '≤95', unit: '%' },
        { l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '200', unit: '次', nature: '定性' },
        { l2: '数量指标', l3: '软件维护次数', sign: '', value: '按需', unit: '次', nature: '定性' },
        { l2: '数量指标', l3: '软件维护次数', sign: '', value: '按需', unit: '', nature: '定量' },
        { l2: '时效指标', l3: '故障响应时间', sign: '≤', value: '24', unit: '小时', direction: '正向' },
        { l2: '数量指标', l3: '软件维护次数', sign: '约', value: '200', unit: '次' },
        { l2: '数量指标', l3: '软件维护次数', sign: '', value: '200', unit: '次' },
        { l2: '数量指标', l3: '软件维护次数', sign: '≥', value: '200', unit: '' },
        { l2: '数量指标', l3: '促进社会和谐', sign: '', value: '', unit: '', nature: '定性' },
        { l2: '数量指标', l3: '培训人数（人）', sign: '≥', value: '100', unit: '' },
        { l2: '社会成本指标', l3: '无', sign: '', value: '', unit: '' },
      ] as RowSpec[]
    ).map((r) => ({
      // A second row with a sign tells the locator that the 指标性质 column holds signs.
      s: spec({ rows: [{ l1: '产出指标', ...r }, { l2: '质量指标', l3: '验收合格率', sign: '≥', value: '95', unit: '%' }] }),
    })),
  ];
  // A grid whose header names no value column (the rule tester's tables always have one).
  const noValueColumn = checkSheet({
    name: 'Sheet1',
    values: [
      ['项目名称', '某项目', null, null],
      ['一级指标', '二级指标', '三级指标', '备注'],
      ['产出指标', '数量指标', '培训人数', null],
    ],
  }).tables.flatMap((t) => t.findings);
  const findings = [...corpus.flatMap(({ s, options }) => runAll(s, options)), ...noValueColumn];

  it('every message of every value rule is produced by some value', () => {
    const produced = new Set(findings.map((f) => `${f.rule}|${f.messageId}`));
    const declared = Object.entries(VALUE_RULE_TEXTS).flatMap(([id, t]) => Object.keys(t.messages).map((m) => `${id}|${m}`));
    expect(declared.filter((d) => !produced.has(d))).toEqual([]);
    // The English module declares exactly the same messages: none missing, none left over.
    const english = Object.entries(VALUE_RULE_TEXTS_EN).flatMap(([id, t]) => Object.keys(t.messages).map((m) => `${id}|${m}`));
    expect(english).toEqual(declared);
  });

  it('every message is filled in both languages', () => {
    for (const f of findings) {
      for (const text of [f.message, localizeFinding(f, 'en-US')]) {
        expect(text).not.toMatch(/\{\w+\}/);
        expect(text).not.toMatch(/“”/);
      }
    }
  });

  it('every rule has texts and metadata in the value category', () => {
    for (const rule of VALUE_RULES) {
      expect(rule.meta.category).toBe('value');
      expect(rule.meta.id.startsWith('value/')).toBe(true);
      expect(VALUE_RULE_TEXTS[rule.meta.id]).toBeDefined();
    }
    expect(Object.keys(VALUE_RULE_TEXTS).sort()).toEqual(VALUE_RULES.map((r) => r.meta.id).sort());
    expect(Object.keys(VALUE_RULE_TEXTS_EN).sort()).toEqual(VALUE_RULES.map((r) => r.meta.id).sort());
  });

  it('a suggested value, written into its row, raises no value finding of its own', () => {
    // Every value of the corpus above in a one-cell row: each suggestion for the value cell is
    // put in the cell and the row checked again. A fix that needs another fix is no fix.
    const combined = corpus.filter(({ s, options }) => options === undefined && s.rows.every((r) => r.sign === undefined && r.unit === undefined));
    const left: string[] = [];
    for (const { s } of combined) {
      for (const f of runAll(s)) {
        const at = /^E(\d+)$/.exec(f.cell);
        const i = at ? Number(at[1]) - 1 - FIRST_INDICATOR_ROW : -1;
        if (f.suggestion === undefined || i < 0 || i >= s.rows.length) continue;
        const rows = s.rows.map((r, k) => (k === i ? { ...r, value: f.suggestion } : r));
        for (const g of runAll({ ...s, rows })) {
          if (g.cell === f.cell && g.severity !== 'info') left.push(`${String(s.rows[i].value)} -> ${f.suggestion}: ${g.rule}/${g.messageId}`);
        }
      }
    }
    expect(left).toEqual([]);
  });

  it('a suggestion is given only by fixable rules, and only when it changes the cell', () => {
    const fixable = new Map(VALUE_RULES.map((r) => [r.meta.id, r.meta.fixable]));
    for (const f of findings) if (f.suggestion !== undefined) expect(fixable.get(f.rule)).toBe(true);
  });
});
