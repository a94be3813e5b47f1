/**
 * The seven seed tables (../shared/seed), laid out by the rule tester, through every budget,
 * structure and content rule with the detected scheme. They are clean but for two mistakes of
 * these categories — table 3's goal `1.目标内容1` and table 1's `生态效益指标` used as a 三级 —
 * and info-level notes.
 */
import { localizeFinding, resolveSettings, runRules } from '../../../src/core/engine';
import { TABLE_RULE_TEXTS_ZH } from '../../../src/core/i18n/rules-table-zh';
import { TABLE_RULE_TEXTS_EN } from '../../../src/core/i18n/rules-table-en';
import '../../../src/core/i18n/rules-en';
import type { RuleCatalogue } from '../../../src/core/i18n/rule-texts';
import { RULE_CHECKS } from '../../../src/core/i18n/rules-help';
import { BUDGET_RULES } from '../../../src/core/engine/rules/budget';
import { CONTENT_RULES } from '../../../src/core/engine/rules/content';
import { STRUCTURE_RULES } from '../../../src/core/engine/rules/structure';
import { detectScheme } from '../../../src/core/engine/taxonomy';
import { buildTable, type RowSpec, spec } from '../../helpers/rule-tester';

type Row = [l1: string | undefined, l2: string, l3: string, desc: string, value: string];
const rows = (list: Row[]): RowSpec[] => list.map(([l1, l2, l3, desc, value]) => ({ l1, l2, l3, desc, value }));

function seed(n: number, project: string, total: string, goals: string, list: Row[]) {
  return spec({ title: `${n}.${project}绩效目标表`, project, total, fiscal: total, other: '', goals, rows: rows(list) });
}

const SEED = [
  seed(1, '2025年检察业务信息化运维项目-2025中央', '26.50', '1.保障办公办案正常进行。', [
    ['产出指标', '数量指标', '软件维护次数', '一年内办案软件维护次数', '≥200次'],
    [undefined, '质量指标', '运维服务质量', '运维服务质量', '保障软、硬件正常运转。'],
    [undefined, '时效指标', '故障响应时间', '软硬件故障响应时间', '≤24小时'],
    [undefined, '成本指标', '项目总成本', '项目总成本', '≤26.5万'],
    ['效益指标', '可持续影响指标', '保障办案正常进行', '保障办案正常进行', '促进依法治区'],
    ['效益指标', '生态效益指标', '生态效益指标', '保障办公正常运转', '促进我院各项工作正常进行'],
    ['满意度指标', '服务对象满意度指标', '单位干警满意度', '检察干警满意度', '≥99百分之'],
  ]),
  seed(2, '2024年检察业务购买服务项目-2024中央', '10.00', '1.用于通过市场化方式提供的后勤服务，保障检察业务顺利开展', [
    ['产出指标', '数量指标', '服务点位数', '服务点位数', '≥140点'],
    [undefined, '质量指标', '更新及时率', '更新及时率', '≥90%'],
    [undefined, '时效指标', '故障响应时间', '故障响应时间', '≤24小时'],
    [undefined, '成本指标', '总成本', '总成本', '≤10万'],
    ['效益指标', '社会效益指标', '检察工作支持率', '检察工作支持率', '≥98%'],
    ['效益指标', '可持续影响指标', '保障办案顺利进行', '保障办案顺利进行', '促进依法治区'],
    ['满意度指标', '服务对象满意度指标', '检察干警对购买服务事项的满意率', '检察干警对购买服务事项的满意率', '≥98%'],
  ]),
  seed(3, '2024年检察业务经费项目-2024中央', '13.61', '1.目标内容1', [
    ['产出指标', '数量指标', '报纸订阅份数', '报纸订阅份数', '≥200份'],
    [undefined, '时效指标', '耗材供应及时率', '耗材供应及时率', '≥98%'],
    [undefined, '时效指标', '线路供应修复时间', '线路供应修复时间', '≤12小时'],
    [undefined, '质量指标', '机关运行效率', '机关运行效率', '保障检察业务顺利运行'],
    [undefined, '成本指标', '办案业务经费总成本', '办案业务经费总成本', '≤13.61万'],
    ['效益指标', '社会效益指标', '提高法律监督水平', '提高法律监督水平', '提高法律监督水平'],
    ['满意度指标', '服务对象满意度指标', '检察干警满意度', '检察干警满意度', '≥98%'],
  ]),
  seed(4, '2025年检察业务购买服务项目-2025市级', '20.00', '1.对我院检察工作网进行等保测评评估和商用密码安全性评估。\n2.对我院安全产品进行特征库升级。', [
    ['产出指标', '数量指标', '专业测评评估次数', '专业测评评估次数', '≥2次'],
    [undefined, '质量指标', '工作网等保测评分数', '工作网等保测评分数', '≥70分'],
    [undefined, '时效指标', '软件升级及时率', '软件升级及时率', '≥90%'],
    [undefined, '成本指标', '项目总成本', '项目总成本', '≤20万'],
    ['效益指标', '社会效益指标', '提高网络安全性', '提高网络安全性', '提高网络安全性'],
    ['效益指标', '可持续影响指标', '工作网商用密码安全性', '工作网商用密码安全性评估分数', '≥60分'],
    ['满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '≥98%'],
  ]),
  seed(5, '2025年检察业务经费项目-2025中央', '103.50', '1.用于保障机关日常运行，检察办案顺利开展\n2.新媒体制作提供技术支持，确保检察普法效果', [
    ['产出指标', '数量指标', '新媒体提供视频和漫画数量', '新媒体提供视频和漫画数量', '≥5个'],
    [undefined, '数量指标', '报纸订阅份数', '报纸订阅份数', '≥1000份'],
    [undefined, '质量指标', '书籍报刊无破损、缺页', '书籍报刊无破损、缺页', '0%'],
    [undefined, '质量指标', '维修质量合格率', '维修质量合格率', '≥98%'],
    [undefined, '时效指标', '网站系统故障修复响应时间', '网站系统故障修复响应时间', '≤24小时'],
    [undefined, '成本指标', '总成本', '检察业务办案费总成本', '≤103.5万元'],
    ['效益指标', '可持续影响指标', '业务工作保障建立长效机制', '业务工作保障建立长效机制', '业务工作保障建立长效机制'],
    ['满意度指标', '服务对象满意度指标', '检察干警对后勤业务保障满意度', '检察干警对后勤业务保障满意度', '≥98%'],
  ]),
  seed(6, '2025年检察业务装备购置项目-2025中央', '12.00', '1.完成我院非国产设备国产化替代工作，做好网络安全加固。', [
    ['产出指标', '数量指标', '设备数量', '设备数量', '≤1台'],
    [undefined, '质量指标', '设备合格率', '设备合格率', '≥99％'],
    [undefined, '时效指标', '最低使用年限', '最低使用年限', '≥5年'],
    [undefined, '成本指标', '设备总价', '设备总价', '≤12万'],
    ['效益指标', '可持续影响指标', '保障网络安全性', '保障网络安全性', '保障网络安全'],
    ['效益指标', '社会效益指标', '网络符合商用密码安全性评估', '网络符合商用密码安全性评估要求', '提高商用密码安全性'],
    ['满意度指标', '服务对象满意度指标', '设备使用人满意度', '设备使用人满意度', '≥99％'],
  ]),
  seed(7, '2025年司法救助项目-2025中央', '10.00', '1.对遭受侵害导致生活困难的被害人进行救助，维护当事人合法权益，保障社会公平正义，促进社会和谐稳定。', [
    ['产出指标', '数量指标', '救助案件当事人', '对案件当事人进行救助', '≥10人'],
    [undefined, '质量指标', '被救助人员息诉罢访率', '通过救助，促使当事人息诉罢访', '100%'],
    [undefined, '时效指标', '司法救助金及时发放率', '司法救助金发放时效', '100%'],
    [undefined, '成本指标', '司法救助总金额', '司法救助金总金额', '≤10万元'],
    ['效益指标', '社会效益指标', '困难群众生活状况改善情况', '通过拨付救助金额改善群众生活', '通过拨付救助金额改善群众生活'],
    ['满意度指标', '服务对象满意度指标', '被救助人员满意程度', '使被救助人员权益得到维护，提高幸福感', '≥90%'],
  ]),
];

const RULES = [...BUDGET_RULES, ...STRUCTURE_RULES, ...CONTENT_RULES];

function check(i: number) {
  const { grid, table } = buildTable(SEED[i]);
  const scheme = detectScheme(table);
  return { scheme, findings: runRules(RULES, grid, table, scheme, resolveSettings()) };
}

describe('the seed tables through the budget, structure and content rules', () => {
  it.each(SEED.map((_, i) => i))('table %i follows the 2015 scheme', (i) => {
    expect(check(i).scheme).toBe('2015');
  });

  it('finds only the two known mistakes above info level', () => {
    const serious = SEED.flatMap((_, i) =>
      check(i)
        .findings.filter((f) => f.severity !== 'info')
        .map((f) => `${i + 1} ${f.rule} ${f.cell} ${f.severity}`),
    );
    expect(serious).toEqual(['1 structure/level2-as-level3 C13 warning', '3 content/placeholder-goal B6 error']);
  });

  it('notes the seed’s trailing full stop', () => {
    const infos = check(0).findings.filter((f) => f.severity === 'info');
    expect(infos.map((f) => [f.rule, f.cell, f.suggestion])).toEqual([
      ['content/trailing-punctuation', 'E9', '保障软、硬件正常运转'],
    ]);
  });

  it('has a message in both languages for every finding', () => {
    for (let i = 0; i < SEED.length; i++) {
      for (const f of check(i).findings) {
        expect(f.message).not.toMatch(/\{\w+\}/);
        expect(localizeFinding(f, 'en-US')).not.toMatch(/\{\w+\}|[\u4e00-\u9fff]{12}/);
      }
    }
  });
});

describe('the catalogue of the budget, structure and content rules', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(RULES.map((r) => r.meta.id))('%s has a name, a description and messages in both languages', (id) => {
    const zh = (TABLE_RULE_TEXTS_ZH as RuleCatalogue)[id];
    const en = (TABLE_RULE_TEXTS_EN as RuleCatalogue)[id];
    expect(zh).toBeDefined();
    expect(en).toBeDefined();
    // The same message ids in each language's module: none missing, none left over.
    expect(Object.keys(en.messages)).toEqual(Object.keys(zh.messages));
    const pairs: [string, string][] = [[zh.name, en.name], [RULE_CHECKS[id]['zh-CN'], RULE_CHECKS[id]['en-US']], ...Object.keys(zh.messages).map((m): [string, string] => [zh.messages[m], en.messages[m]])];
    for (const [zhText, enText] of pairs) {
      expect(zhText.length).toBeGreaterThan(1);
      expect(enText.length).toBeGreaterThan(1);
      expect(placeholders(enText)).toEqual(placeholders(zhText));
    }
  });

  it('has no texts for rules that do not exist', () => {
    expect(Object.keys(TABLE_RULE_TEXTS_ZH).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect(Object.keys(TABLE_RULE_TEXTS_EN).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });

  it('gives every rule a category matching its id', () => {
    for (const r of RULES) expect(r.meta.id.startsWith(`${r.meta.category}/`)).toBe(true);
  });
});
