/**
 * Tables that are not a project's, and titles the checker did not read (issue #11, titles41; traditional
 * characters are in traditional-fold.test.ts):
 *  - an indicator library (绩效指标库, 共性绩效指标体系, 核心绩效指标表模板): indicators to choose from,
 *    with their explanations, for no one project, named with a kind of its own and not checked as a
 *    project (a project's own head under such a title is still the project's table);
 *  - a subsidy's title (`…补助资金绩效目标表`) over a project's own head: the project's table.
 * The titles are real where a page is named (the stored pages' text); the forms under them are ours
 * (consistency, not accuracy).
 */
import { checkSheet, localizeFinding } from '../../src/core/engine';
import { Grid, parseA1 } from '../../src/core/engine/grid';
import { isTitleText, titleKind } from '../../src/core/engine/labels';
import { t } from '../../src/core/i18n';
import '../../src/core/i18n/cli';
import '../../src/core/i18n/rules-en';
import { textRows } from '../helpers/text-grid';
import { NEUTRAL } from '../fixtures/census/titles';
import { KIND_SHAPES, type KindShape } from '../../scripts/kind-shapes';

interface Read {
  kind: string;
  rules: string[];
}

const read = (lines: string[], sheet = 'Sheet1', merges: string[] = []): Read[] =>
  checkSheet(new Grid({ name: sheet, values: textRows(lines), merges: merges.map((m) => parseA1(m)) })).tables.map((tb) => ({
    kind: tb.table.kind ?? 'project',
    rules: tb.findings.map((f) => `${f.severity} ${f.rule}`),
  }));

/** A library's body (ours, in the shape of 表1 通用共性指標庫示例): a project class, the levels, an explanation, sample values. */
const LIBRARY = [
  '项目类别|一级指标|二级指标|三级指标|指标解释|指标值',
  '培训类项目|产出指标|数量指标|培训参加人数|反映培训覆盖的人数|≥X人',
  '||质量指标|培训合格率|反映培训的质量|≥95%',
  '||时效指标|培训计划完成时间|反映按时完成的情况|X月X日前',
  '|效益指标|社会效益指标|业务能力提升情况|反映参训人员能力的提升|有效提升',
  '|满意度指标|服务对象满意度指标|受训学员满意度|反映学员的满意程度|≥90%',
];

/** A project's own form (ours, the titles census's neutral one), with one mistake: `100%` without its sign. */
const PROJECT = NEUTRAL;
const titled = (title: string, body: readonly string[]) => [title + '|'.repeat(body[0].split('|').length - 1), ...body];
const LIBRARY_ONLY: Read[] = [{ kind: 'library', rules: ['info structure/table-kind'] }];

describe('an indicator library is named so, and not checked as a project', () => {
  it.each([
    // clix4bitcoin.com/periodical/8/FLASH/data/63.html: 表1 of a journal article (traditional characters).
    ['通用共性指標庫示例'],
    // lsrwf.cn (a copy of 财预〔2021〕101号, 2021): its 附件2, in the copy's traditional characters and in the notice's own.
    ['中央部門本級項目支出核心績效指標表模板'],
    ['中央部门本级项目支出核心绩效指标表模板'],
    // pmkpi (a budget performance system's public code): an import template of its library.
    ['转移支付绩效指标导入模板'],
    // The brief's list (issue #11).
    ['共性绩效指标体系'],
    ['分行业分领域绩效指标'],
    ['核心绩效指标目录'],
  ])('%s', (title) => {
    expect(titleKind(title)).toBe('library');
    // A title ending in its kind's word is read as a title anywhere; `分行业分领域绩效指标` as a loose one
    // (a cell alone in its row above the grid, naming 绩效).
    expect(isTitleText(title)).toBe(/(库|体系|目录|模板|示例)$/.test(title));
    expect(read(titled(title, LIBRARY))).toEqual(LIBRARY_ONLY);
    // Under the title with no explanation column, as under the sheet's name: the title alone says it.
    const plain = LIBRARY.map((l) => l.split('|').filter((_, i) => i !== 4).join('|'));
    expect(read(titled(title, plain))).toEqual(LIBRARY_ONLY);
    if (title.length <= 31) expect(read(plain, title)).toEqual(LIBRARY_ONLY);
  });

  it('表1 通用共性指標庫示例 as its page gives it (類別 | 績效指標, units in brackets, no values): one info', () => {
    // The rows of clix4bitcoin.com/periodical/8/FLASH/data/63.html (real text, its first class), in a grid of ours.
    const page = [
      '表1 通用共性指標庫示例|||',
      '類別|績效指標||',
      '購置類項目|產出指標|數量指標|購置**數量(臺/件/輛/套)',
      '||質量指標|購置**的質量合格率(%)',
      '||時效指標|采購計劃完成時間(**月**日前)',
      '||成本指標|單位購置成本(元/臺、件、輛、套)',
      '|效果指標|社會效益指標|業務保障能力提升情況',
      '||滿意度指標|使用人員滿意度(%)',
    ];
    expect(read(page)).toEqual(LIBRARY_ONLY);
  });

  it('an untitled grid with an explanation column and nothing of a project’s is a library', () => {
    expect(read(LIBRARY)).toEqual(LIBRARY_ONLY);
    for (const column of ['指标说明', '计算公式', '数据来源', '指标解释（计算方法）'.slice(0, 4)]) {
      expect(read(LIBRARY.map((l, i) => (i === 0 ? l.replace('指标解释', column) : l)))).toEqual(LIBRARY_ONLY);
    }
  });

  it('the library’s info says so in both languages, and the command line names the kind', () => {
    const [tb] = checkSheet({ name: 'Sheet1', values: textRows(LIBRARY) }).tables;
    expect(tb.findings.map((f) => f.message)).toEqual(['这是绩效指标库（指标体系：供选用的指标及其解释，不属于某个项目），未按项目支出绩效目标表校验。']);
    expect(localizeFinding(tb.findings[0], 'en-US')).toMatch(/^This is an indicator library \(绩效指标库/);
    expect(t('cli.kind.library', 'zh-CN')).toBe('绩效指标库 · 未按项目表校验');
    expect(t('cli.kind.library', 'en-US')).toBe('indicator library · not checked as a project table');
  });

  it('an evaluation’s or a review’s indicator system scores a project: no library', () => {
    // pages: jrssaishi.com, abg.baidu.com (培训类项目立项评审指标体系); a made framework title.
    expect(titleKind('国家基本公共卫生服务项目绩效评价指标体系')).toBe('scoring');
    expect(titleKind('培训类项目立项评审指标体系')).toBe('scoring');
    expect(titleKind('项目支出绩效评价共性指标体系框架')).toBe('scoring');
    // Its own word (库) says a library (a budget system's constants: 绩效评价共性指标库).
    expect(titleKind('绩效评价共性指标库')).toBe('library');
  });

  it('共性指标 / 个性指标 alone are a form’s group rows, no title of a library', () => {
    for (const text of ['共性指标', '个性指标', '通用指标']) {
      expect(titleKind(text)).toBeUndefined();
      expect(isTitleText(text)).toBe(false);
    }
  });

  it('a project’s own head under a library’s title, or with an explanation column, is the project’s table, and checked', () => {
    for (const title of ['共性绩效指标体系', '中央部门本级项目支出核心绩效指标表模板', '通用共性指標庫示例']) {
      const [tb, ...rest] = read(titled(title, PROJECT));
      expect(rest).toEqual([]);
      expect(tb.kind).toBe('project');
      expect(tb.rules).toContain('warning value/missing-sign');
    }
    const explained = PROJECT.map((l, i) => (i === 3 ? `${l}|指标解释` : i > 3 ? `${l}|反映…` : `${l}|`));
    const [tb] = read(explained);
    expect(tb.kind).toBe('project');
    expect(tb.rules).toContain('warning value/missing-sign');
  });
});

describe('a subsidy’s title (…补助资金绩效目标表) over a project’s own head is the project’s table', () => {
  // A transfer's own form (转移支付名称, 中央主管部门), untitled: the kind census's shape.
  const transferBody = (KIND_SHAPES.find((k) => k.name === 'transfer-region-no-title') as KindShape).lines;

  it.each([
    // Made from titles40's 补助资金 titles (t011, t013): a province's subsidy, no 转移支付, no 专项.
    ['2024年省级农业生产发展补助资金绩效目标表'],
    ['2024年中央财政农业生产发展补助资金绩效目标表（2024年度）'],
  ])('%s', (title) => {
    // Before: a transfer by its title (its level and 资金), the project's checks left out.
    expect(titleKind(title)).toBe('transfer');
    const [tb, ...rest] = read(titled(title, PROJECT));
    expect(rest).toEqual([]);
    expect(tb.kind).toBe('project');
    expect(tb.rules).toContain('warning value/missing-sign');
    // Over a transfer's own form (转移支付名称, 中央主管部门) it stays the transfer's.
    expect(read(titled(title, transferBody))).toEqual([{ kind: 'transfer', rules: ['info structure/table-kind'] }]);
  });

  it('a higher level’s 专项资金 or a 转移支付 stays a transfer over a 项目名称 (安溪县 2025 names its fund so)', () => {
    for (const title of ['2025年市级财政乡村振兴专项资金(第一批整镇推进创建乡镇奖补)绩效目标表', '2024年中央财政转移支付补助资金绩效目标表']) {
      expect(read(titled(title, PROJECT))).toEqual([{ kind: 'transfer', rules: ['info structure/table-kind'] }]);
    }
  });
});
