/**
 * Text that attacks the reader's eyes (seventh round of hostile input): characters that show
 * nothing, or look like others, inside the labels that find a table. Before this round a zero-width
 * joiner, a word joiner, a soft hyphen, a bidi mark or override, a variation selector or a control
 * character inside `项目名称` or `三级指标` made the table unfound — every check on it switched off,
 * the sheet listed as （未找到绩效目标表） while the reviewer read the labels as usual; Kangxi radicals
 * (`项⽬名称` with U+2F6C, what a copy from a PDF gives) found a broken table with a dozen wrong
 * findings. Now they are read as the characters the reviewer sees, and where the user typed them
 * (names, levels) the stray-space note points at them.
 */
import { checkSheet } from '../../src/core/engine';
import type { CellValue } from '../../src/core/engine/grid';
import { foldTraditional, hasStraySpace, labelKey } from '../../src/core/engine/text';

const LABELS = new Set(['项目名称', '预算数', '其中：财政资金', '其他资金', '绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值']);
const LEVELS = new Set(['产出指标', '数量指标', '质量指标', '时效指标', '成本指标', '效益指标', '社会效益指标', '满意度指标', '服务对象满意度指标']);

function table(change: (s: string) => string = (s) => s): CellValue[][] {
  const c = (s: string) => (LABELS.has(s) || LEVELS.has(s) ? change(s) : s);
  const rows: CellValue[][] = [
    ['2025年检察业务项目-2025中央绩效目标表'],
    ['项目名称', '检察业务项目'],
    ['预算数', '26.50', '其中：财政资金', '26.50', '其他资金', ''],
    ['绩效目标', '1.完成任务'],
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
    ['产出指标', '数量指标', '办案数', '办案数', '≥200次'],
    [null, '质量指标', '合格率', '合格率', '≥98%'],
    [null, '时效指标', '及时率', '及时率', '100%'],
    [null, '成本指标', '总成本', '总成本', '≤26.5万元'],
    ['效益指标', '社会效益指标', '提升', '提升', '有效提升'],
    ['满意度指标', '服务对象满意度指标', '满意度', '满意度', '≥95%'],
  ];
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? c(v) : v)));
}

function findings(values: CellValue[][]): string[] {
  const r = checkSheet({ name: 'S', values });
  return r.tables.flatMap((t) => t.findings.map((f) => `${f.rule}@${f.cell}`));
}

const CLEAN = findings(table());

/** Characters that show nothing (name, code point). */
const INVISIBLE: [string, string][] = [
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['left-to-right mark', '\u200e'],
  ['right-to-left mark', '\u200f'],
  ['Arabic letter mark', '\u061c'],
  ['right-to-left override', '\u202e'],
  ['left-to-right embedding', '\u202a'],
  ['left-to-right isolate', '\u2066'],
  ['pop directional isolate', '\u2069'],
  ['word joiner', '\u2060'],
  ['function application', '\u2061'],
  ['soft hyphen', '\u00ad'],
  ['combining grapheme joiner', '\u034f'],
  ['Mongolian vowel separator', '\u180e'],
  ['variation selector 16', '\ufe0f'],
  ['Hangul filler', '\u3164'],
  ['NUL (an _x0000_ escape)', '\u0000'],
  ['a C1 control (NEL)', '\u0085'],
  ['interlinear annotation anchor', '\ufff9'],
];

/** Already ignored before this round: kept here so the whole class stays together. */
const SPACES: [string, string][] = [
  ['zero-width space', '\u200b'],
  ['byte-order mark', '\ufeff'],
  ['no-break space', '\u00a0'],
  ['ideographic space', '\u3000'],
];

describe('a character that shows nothing inside a label or a level name', () => {
  test.each([...INVISIBLE, ...SPACES])('%s: the table is found and checked as without it', (_name, ch) => {
    const inside = (s: string) => s.slice(0, 2) + ch + s.slice(2);
    const got = findings(table(inside));
    // Every finding of the clean table, and only stray-space notes besides (on the level names
    // the user typed; the labels are the form's and carry none).
    expect(got.filter((f) => !f.startsWith('content/stray-space@'))).toEqual(CLEAN);
    const notes = got.filter((f) => f.startsWith('content/stray-space@')).map((f) => f.split('@')[1]);
    expect(notes).toEqual(['A6', 'B6', 'B7', 'B8', 'B9', 'A10', 'B10', 'A11', 'B11']);
  });

  test.each(INVISIBLE)('%s: compared as absent, seen as stray', (_name, ch) => {
    expect(labelKey(`三级${ch}指标`)).toBe('三级指标');
    expect(hasStraySpace(`社会${ch}效益`)).toBe(true);
  });

  test('a value cell holding only such characters is empty, not a value', () => {
    const rows = table();
    rows[5][4] = '\u200d\u2060';
    expect(findings(rows)).toContain('value/empty@E6');
  });

  test('tab and line breaks are not stray in themselves (a goal on several lines)', () => {
    expect(hasStraySpace('1.完成\t任务')).toBe(false);
    expect(hasStraySpace('完成\r任务')).toBe(false);
  });
});

describe('Kangxi radicals (a copy from a PDF) in labels and level names', () => {
  const kangxi = (s: string) => s.replace(/目/g, '\u2f6c').replace(/一/g, '\u2f00').replace(/二/g, '\u2f06').replace(/人/g, '\u2f08');
  test('are read as the ideographs they show: the same findings as the clean table', () => {
    expect(kangxi('项目名称一级二级')).not.toBe('项目名称一级二级');
    expect(findings(table(kangxi))).toEqual(CLEAN);
    expect(labelKey('项\u2f6c名称')).toBe('项目名称');
  });

  test('every one of the 214 maps to its NFKC ideograph (a traditional one then to its simplified form, as labels are matched)', () => {
    for (let c = 0x2f00; c <= 0x2fd5; c++) {
      const ch = String.fromCharCode(c);
      // 見, 長, 門, 車 … (the radicals' traditional forms) are matched as 见, 长, 门, 车 (traditional-fold.test.ts).
      expect(labelKey(ch)).toBe(foldTraditional(ch.normalize('NFKC')));
    }
  });
});
