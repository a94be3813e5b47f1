import type { ParsedValue, ValueProblem } from '../../src/core/model';
import { repeatedSign, repeatedUnit } from '../../src/core/engine/value';
import {
  canonicalNumber,
  chineseNumber,
  flipSign,
  formatValue,
  isPlaceholder,
  parseIndicatorValue,
  parseSign,
  parseSplitValue,
  readNature,
  repairNumber,
  scanValue,
  signDirection,
} from '../../src/core/engine/value';
import { canonicalUnit, isPerTime, matchUnitAt, moneyFactor, normalizeUnit, unitClass } from '../../src/core/engine/units';

/** The fields a case checks; `suggestion: undefined` means "no suggestion". */
type Expect = Partial<Pick<ParsedValue, 'kind' | 'sign' | 'signStyle' | 'number' | 'numberText' | 'unit' | 'unitClass' | 'unitKnown' | 'suggestion'>> & {
  problems?: ValueProblem[];
};

function pick(p: ParsedValue, e: Expect): Expect {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(e)) out[k] = (p as unknown as Record<string, unknown>)[k];
  return out as Expect;
}

describe('parseIndicatorValue: well-formed values (seed and SPEC §4)', () => {
  const cases: [string, Expect][] = [
    ['≥200次', { kind: 'quantitative', sign: '≥', number: 200, unit: '次', unitClass: 'count', problems: [], suggestion: undefined }],
    ['≤24小时', { kind: 'quantitative', sign: '≤', number: 24, unit: '小时', unitClass: 'time', problems: [] }],
    ['＝100%', { kind: 'quantitative', sign: '＝', signStyle: 'symbol', number: 100, unit: '%', unitClass: 'percent', problems: [] }],
    ['=100%', { sign: '＝', signStyle: 'symbol', problems: [] }],
    ['≤26.5万元', { sign: '≤', number: 26.5, numberText: '26.5', unit: '万元', unitClass: 'money', problems: [] }],
    ['≤103.5万元', { sign: '≤', number: 103.5, unit: '万元', problems: [] }],
    ['≥140点', { number: 140, unit: '点', unitClass: 'count', problems: [] }],
    ['≥90%', { number: 90, unit: '%', problems: [] }],
    ['≥5年', { number: 5, unit: '年', unitClass: 'time', problems: [] }],
    ['≥70分', { number: 70, unit: '分', unitClass: 'score', problems: [] }],
    ['≥1000份', { number: 1000, unit: '份', problems: [] }],
    ['≥1,000份', { number: 1000, numberText: '1,000', problems: [] }],
    ['≤1台', { sign: '≤', number: 1, unit: '台', problems: [] }],
    ['＞0.5%', { sign: '＞', number: 0.5, problems: [] }],
    ['>0.5%', { sign: '＞', signStyle: 'symbol', problems: [] }],
    ['<3天', { sign: '＜', unit: '天', problems: [] }],
    // Variant symbols read as their sign; the standard one is suggested (value/nonstandard-sign, info).
    ['≧95%', { sign: '≥', problems: ['variant-sign'], suggestion: '≥95%' }],
    ['≮90%', { sign: '≥', problems: ['variant-sign'], suggestion: '≥90%' }],
    ['≯5%', { sign: '≤', problems: ['variant-sign'], suggestion: '≤5%' }],
    // A unit's ending typed again: the unit once.
    ['≥200人次次', { number: 200, unit: '人次', problems: ['stuttered-unit'], suggestion: '≥200人次' }],
    ['≤5万元元', { unit: '万元', unitClass: 'money', problems: ['stuttered-unit'], suggestion: '≤5万元' }],
    ['≥5万人次次', { unit: '万人次', problems: ['stuttered-unit'], suggestion: '≥5万人次' }],
    // 百分之 and a Chinese numeral, then 以上: 95% in words.
    ['百分之九十五以上', { sign: '≥', number: 95, unit: '%', suggestion: '≥95%' }],
    // `（含）` (inclusive) says what ≥ already says: read without it.
    ['95%（含）以上', { sign: '≥', number: 95, unit: '%', problems: ['words-sign'], suggestion: '≥95%' }],
    ['≥95%(含)', { sign: '≥', number: 95, unit: '%', problems: [] }],
    // 多 as 余 ("200-odd"), before a unit only; 万元整 is 万元 written formally.
    ['200多人次', { sign: '≥', number: 200, unit: '人次', problems: ['words-sign'], suggestion: '≥200人次' }],
    ['≥3多媒体教室', { sign: '≥', number: 3, unit: '多媒体教室', unitKnown: false }],
    ['≤26.5万元整', { sign: '≤', number: 26.5, unit: '万元', unitKnown: true, unitClass: 'money', problems: [] }],
    ['≥ 99 %', { sign: '≥', number: 99, unit: '%', problems: [] }],
    ['≥1次/年', { unit: '次/年', unitClass: 'count', unitKnown: true, problems: [] }],
    ['≥3个工作日', { unit: '个工作日', unitClass: 'time', problems: [] }],
    ['≥2人次', { unit: '人次', problems: [] }],
    ['≥-5%', { number: -5, problems: [] }],
    ['≥5Mbps', { unit: 'Mbps', unitKnown: true, problems: [] }],
    ['≥3家', { unit: '家', unitKnown: true, problems: [] }],
    ['≥3栋楼', { unit: '栋楼', unitKnown: false, unitClass: 'other', problems: [] }],
    ['≥99%。', { number: 99, unit: '%', problems: [] }],
  ];
  it.each(cases)('%s', (input, e) => {
    expect(pick(parseIndicatorValue(input), e)).toEqual(e);
  });
});

describe('parseIndicatorValue: malformed values', () => {
  const cases: [string, Expect][] = [
    ['≥99百分之', { kind: 'quantitative', sign: '≥', number: 99, unit: '%', problems: ['percent-words'], suggestion: '≥99%' }],
    ['≥百分之98', { number: 98, unit: '%', problems: ['percent-words', 'unit-before-number'], suggestion: '≥98%' }],
    ['百分之98', { number: 98, unit: '%', problems: ['percent-words', 'no-sign'], suggestion: '98%' }],
    ['≥%98', { problems: ['unit-before-number'], suggestion: '≥98%' }],
    ['≥万元26.5', { unit: '万元', problems: ['unit-before-number'], suggestion: '≥26.5万元' }],
    ['≥百分之九十', { number: 90, problems: ['percent-words', 'unit-before-number', 'bad-number'], suggestion: '≥90%' }],
    ['百分百', { number: 100, unit: '%', problems: ['percent-words', 'bad-number', 'no-sign'], suggestion: '100%' }],
    ['不低于98%', { sign: '≥', signStyle: 'words', problems: ['words-sign'], suggestion: '≥98%' }],
    ['大于等于90%', { sign: '≥', problems: ['words-sign'], suggestion: '≥90%' }],
    ['不超过10万元', { sign: '≤', problems: ['words-sign'], suggestion: '≤10万元' }],
    ['小于3天', { sign: '＜', problems: ['words-sign'], suggestion: '＜3天' }],
    ['等于100%', { sign: '＝', problems: ['words-sign'], suggestion: '＝100%' }],
    ['98%以上', { sign: '≥', signStyle: 'words', problems: ['words-sign'], suggestion: '≥98%' }],
    ['3个工作日内', { sign: '≤', unit: '个工作日', problems: ['words-sign'], suggestion: '≤3个工作日' }],
    ['>=98%', { sign: '≥', signStyle: 'digraph', problems: ['digraph-sign'], suggestion: '≥98%' }],
    ['<=24小时', { sign: '≤', problems: ['digraph-sign'], suggestion: '≤24小时' }],
    ['＞＝90%', { sign: '≥', problems: ['digraph-sign'], suggestion: '≥90%' }],
    ['≥≥90%', { sign: '≥', problems: ['doubled-sign'], suggestion: '≥90%' }],
    ['≥＞90%', { sign: '≥', problems: ['doubled-sign'], suggestion: '≥90%' }],
    ['≥98%以上', { sign: '≥', problems: ['doubled-sign'], suggestion: '≥98%' }],
    ['98%%', { number: 98, unit: '%', problems: ['doubled-unit', 'no-sign'], suggestion: '98%' }],
    ['≤26.5万元万元', { unit: '万元', problems: ['doubled-unit'], suggestion: '≤26.5万元' }],
    ['≥99％%', { problems: ['doubled-unit', 'fullwidth-mark'], suggestion: '≥99%' }],
    ['≥2O次', { number: undefined, numberText: '2O', unit: '次', problems: ['bad-number'], suggestion: '≥20次' }],
    ['≥1l0次', { problems: ['bad-number'], suggestion: '≥110次' }],
    ['≥1l次', { unit: 'l次', unitKnown: false, problems: [] }],
    ['9..5', { numberText: '9..5', problems: ['bad-number', 'no-unit', 'no-sign'], suggestion: '9.5' }],
    ['≥9..5%', { problems: ['bad-number'], suggestion: '≥9.5%' }],
    ['≥9。5%', { problems: ['bad-number'], suggestion: '≥9.5%' }],
    ['≥1,2次', { problems: ['bad-number'], suggestion: undefined }],
    ['≥两次', { number: 2, problems: ['bad-number'], suggestion: '≥2次' }],
    ['≤26.5万', { unit: '万元', problems: ['wan-alone'], suggestion: '≤26.5万元' }],
    ['≤1亿', { unit: '亿元', problems: ['wan-alone'], suggestion: '≤1亿元' }],
    ['≥99％', { unit: '%', problems: ['fullwidth-mark'], suggestion: undefined }],
    ['≥９８%', { number: 98, problems: ['fullwidth-mark'], suggestion: '≥98%' }],
    ['≥２６．５万元', { number: 26.5, problems: ['fullwidth-mark'], suggestion: '≥26.5万元' }],
    ['≥200', { number: 200, unit: undefined, problems: ['no-unit'], suggestion: undefined }],
    ['100%', { number: 100, problems: ['no-sign'], suggestion: undefined }],
    ['0%', { number: 0, problems: ['no-sign'] }],
    ['≥%', { kind: 'quantitative', number: undefined, unit: '%', problems: ['no-number'] }],
    ['≥', { kind: 'quantitative', sign: '≥', problems: ['no-number'] }],
    ['%', { kind: 'quantitative', unit: '%', problems: ['no-number'] }],
    // A sign before words compares with something named: a statement, not a value missing its number.
    ['≥较上年提高', { kind: 'qualitative', problems: [] }],
    ['≥Ⅲ类', { kind: 'qualitative', problems: [] }],
    // A grade's name (资质等级 一级) is no number of grades, with a sign too: `≥三级` compares grades
    // as `≥Ⅲ类` does (it was read as 3 in words, and `≥3级` suggested, which no 资质 is called).
    ['一级', { kind: 'qualitative', problems: [] }],
    ['五星', { kind: 'qualitative', problems: [] }],
    ['≥三级', { kind: 'qualitative', problems: [] }],
    ['二级及以上', { kind: 'qualitative', problems: [] }],
    ['≥3级', { kind: 'quantitative', number: 3, problems: [] }],
    // A Latin w/k for 万/千, or pct for %: read as meant (k multiplies the number), marked to be written so.
    ['≥1.5w人次', { kind: 'quantitative', number: 1.5, unit: '万人次', problems: ['letter-unit'] }],
    ['≥3k人', { kind: 'quantitative', number: 3000, unit: '人', problems: ['letter-unit'] }],
    ['≥95pct', { kind: 'quantitative', number: 95, unit: '%', problems: ['letter-unit'] }],
    ['≥10km', { kind: 'quantitative', number: 10, problems: [] }],
    // `+` after the number says "or more", as 余 does: with ≥ before it, the sign twice.
    ['≥200+人次', { kind: 'quantitative', number: 200, unit: '人次', problems: ['doubled-sign'] }],
    ['200+5人', { kind: 'qualitative', problems: [] }],
    ['≥万元', { kind: 'quantitative', problems: ['no-number'] }],
  ];
  it.each(cases)('%s', (input, e) => {
    expect(pick(parseIndicatorValue(input), e)).toEqual(e);
  });
});

describe('parseIndicatorValue: notes and units in brackets, 人·次', () => {
  it.each([
    ['≥95%（抽样调查）', { sign: '≥', number: 95, unit: '%', problems: [] }],
    ['≥10（次）', { sign: '≥', number: 10, unit: '次', problems: [] }],
    ['≥3个（所）', { sign: '≥', number: 3, unit: '个', problems: [] }],
    ['100%(抽样)', { number: 100, unit: '%', problems: ['no-sign'] }],
    ['≤200元/人·次', { sign: '≤', number: 200, unit: '元/人次', problems: [] }],
    ['＝1000元/人·年', { sign: '＝', number: 1000, unit: '元/人/年', problems: [] }],
    // 遂宁's 区域绩效目标自评表 (2021, census values39): 、 for · between the parts of a per-unit.
    ['400元/人、天', { number: 400, unit: '元/人天', problems: ['no-sign'] }],
    ['≤5300元/户、年', { sign: '≤', number: 5300, unit: '元/户/年', problems: [] }],
    // 湘西州特校 2023 (real, www.xxztx.com/tzgg/1064.html): 学生补助标准 17元/人.每天, 每 before the
    // period; read as text before (a false 定量-but-text error). 次/每年, 元/每人 made by us.
    ['17元/人.每天', { number: 17, unit: '元/人/天', unitClass: 'money', unitKnown: true, problems: ['no-sign'] }],
    ['≤17元/人每天', { sign: '≤', number: 17, unit: '元/人/天', unitKnown: true, problems: [] }],
    ['≥2次/每年', { sign: '≥', number: 2, unit: '次/年', unitKnown: true, problems: [] }],
    ['≤300元/每人', { sign: '≤', number: 300, unit: '元/人', unitKnown: true, problems: [] }],
  ])('%s', (input, e) => {
    const p = parseIndicatorValue(input);
    expect(p).toMatchObject({ raw: input, kind: 'quantitative', ...e });
  });

  it.each(['≥10（说明）', '保障(运行)', '（≥95%）', '≥95%、≥90%', '城区≥95%、农村≥90%', '400元、天'])('not a value with a note: %s', (input) => {
    expect(parseIndicatorValue(input).kind).toBe('qualitative');
  });
});

describe('parseIndicatorValue: qualitative, placeholders, empty', () => {
  const qualitative = [
    '保障软、硬件正常运转。',
    '促进依法治区',
    '达到预期目标',
    '长期',
    '11月底之前',
    '有效提升',
    '2025年12月31日前',
    '2025.12.31',
    '2025年',
    '1-12月',
    '2025年1月-12月',
    '12月',
    '一季度',
    '2025年第四季度前',
    '≤2025.12.31',
    '不晚于2025年6月',
    '不低于上年水平',
    '一次性完成',
    '十分满意',
    '约100人',
    '完成率≥95%',
    'X光机正常运行',
  ];
  it.each(['13月', '12个月', '2025.13.01', '≥2025年', '1季度', '五季度'])('not a calendar value: %s', (input) => {
    expect(parseIndicatorValue(input).kind).toBe('quantitative');
  });

  it.each(['2025-2027年', '2025年-2027年'])('a span of calendar years is a period, not a range: %s', (input) => {
    expect(parseIndicatorValue(input).kind).toBe('qualitative');
  });

  it.each(['≥90%，确保安全', '≥90%，通过问卷调查', '≥90%；抽样调查'])('a value with a note in words after a comma is the value: %s', (input) => {
    expect(parseIndicatorValue(input)).toMatchObject({ raw: input, kind: 'quantitative', sign: '≥', number: 90, unit: '%' });
  });
  it.each(['≥1200户，≥3000人', '≥2期，每期≥50人', '满意度达到90%，群众认可'])('a second number after the comma is no note: %s', (input) => {
    expect(parseIndicatorValue(input).kind).toBe('qualitative');
  });

  it.each(qualitative)('qualitative: %s', (input) => {
    const p = parseIndicatorValue(input);
    expect(p).toEqual({ raw: input, kind: 'qualitative', problems: [] });
  });

  const placeholders = ['XX', 'xx', 'X', '×', '/', '／', '\\', '无', '待定', '暂无', '——', '—', '-', '--', '…', 'N/A', '≥XX%', 'XX万元', '≥X次', '请输入指标值', '。'];
  it.each(placeholders)('placeholder: %s', (input) => {
    expect(parseIndicatorValue(input)).toEqual({ raw: input, kind: 'placeholder', problems: [] });
    expect(isPlaceholder(input)).toBe(true);
  });

  it.each(['', '   ', '\n', '\u3000'])('empty: %j', (input) => {
    expect(parseIndicatorValue(input)).toEqual({ raw: input, kind: 'empty', problems: [] });
  });

  it.each(['≥90%', '无破损', '长期', ''])('not a placeholder: %s', (input) => {
    expect(isPlaceholder(input)).toBe(false);
  });

  it('keeps the raw text as given', () => {
    expect(parseIndicatorValue('  ≥ 90 % ').raw).toBe('  ≥ 90 % ');
  });

  it('never throws on non-strings that slip through', () => {
    expect(parseIndicatorValue(undefined as unknown as string).kind).toBe('empty');
    expect(parseIndicatorValue(95 as unknown as string)).toMatchObject({ kind: 'quantitative', number: 95 });
  });
});

describe('parseSign', () => {
  const cases: [string, ReturnType<typeof parseSign>][] = [
    ['≥', { sign: '≥', style: 'symbol' }],
    ['＝', { sign: '＝', style: 'symbol' }],
    ['=', { sign: '＝', style: 'symbol' }],
    ['>', { sign: '＞', style: 'symbol' }],
    ['＜', { sign: '＜', style: 'symbol' }],
    ['>=', { sign: '≥', style: 'digraph' }],
    ['<=', { sign: '≤', style: 'digraph' }],
    ['大于等于', { sign: '≥', style: 'words' }],
    ['小于等于', { sign: '≤', style: 'words' }],
    ['等于', { sign: '＝', style: 'words' }],
    ['大于', { sign: '＞', style: 'words' }],
    ['小于', { sign: '＜', style: 'words' }],
    ['不低于', { sign: '≥', style: 'words' }],
    ['不少于', { sign: '≥', style: 'words' }],
    ['不高于', { sign: '≤', style: 'words' }],
    ['不超过', { sign: '≤', style: 'words' }],
    [' 以上 ', { sign: '≥', style: 'words' }],
    ['以下', { sign: '≤', style: 'words' }],
    ['', undefined],
    ['正向', undefined],
    ['定量', undefined],
    ['≥≥', undefined],
    ['≥90', undefined],
    ['内', undefined],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(parseSign(input)).toEqual(expected);
  });
});

describe('parseSplitValue (L3/L4)', () => {
  const split = (sign: string, value: string, unit: string, nature = '') => parseSplitValue({ sign, value, unit, nature });

  it('reads symbol, number and unit columns', () => {
    expect(split('≥', '90', '%')).toMatchObject({ raw: '≥90%', kind: 'quantitative', sign: '≥', signStyle: 'symbol', number: 90, unit: '%', problems: [] });
  });
  it('accepts words in the sign column without a problem', () => {
    expect(split('大于等于', '90', '%', '定量')).toMatchObject({ sign: '≥', signStyle: 'words', signText: '大于等于', problems: [] });
    expect(split('小于等于', '26.5', '万元')).toMatchObject({ sign: '≤', unit: '万元', problems: [] });
    expect(split('等于', '100', '%')).toMatchObject({ sign: '＝', problems: [] });
  });
  it('reads a per-unit joined with 、 in the unit column (元/人、天) as the combined value does', () => {
    expect(split('≤', '400', '元/人、天')).toMatchObject({ sign: '≤', number: 400, unit: '元/人天', unitKnown: true, problems: [] });
  });
  it('reads 每 before the period in the unit column (元/人.每天) as the combined value does', () => {
    // 湘西州特校 2023 split by another hand into 17 | 元/人.每天 (test/fixtures/retranscribed): an unknown unit before.
    expect(split('', '17', '元/人.每天')).toMatchObject({ number: 17, unit: '元/人/天', unitClass: 'money', unitKnown: true, problems: ['no-sign'] });
  });
  it('takes 正向/反向 for a missing sign', () => {
    expect(split('', '95', '%', '正向')).toMatchObject({ sign: '≥', signText: '正向', problems: [] });
    expect(split('', '24', '小时', '反向指标')).toMatchObject({ sign: '≤', problems: [] });
  });
  it('reads a nature word written in the sign column', () => {
    expect(split('正向', '95', '%')).toMatchObject({ sign: '≥', raw: '95%', problems: [] });
  });
  it('reports a missing sign or unit only when no column gives it', () => {
    expect(split('', '95', '').problems).toEqual(['no-unit', 'no-sign']);
    expect(split('', '95', '%').problems).toEqual(['no-sign']);
    expect(split('≥', '95', '').problems).toEqual(['no-unit']);
  });
  it('keeps the number cell’s own unit and sign (the contradiction is a rule’s finding)', () => {
    expect(split('', '28.8万元', '%')).toMatchObject({ unit: '万元', number: 28.8 });
    expect(split('≤', '≥90', '%')).toMatchObject({ sign: '≤' });
  });
  it('flags 万 in the unit column and repairs the number cell alone', () => {
    expect(split('小于等于', '26.5', '万')).toMatchObject({ unit: '万元', problems: ['wan-alone'] });
    expect(split('小于等于', '26.5', '万').suggestion).toBeUndefined();
    expect(split('≥', '2O', '次')).toMatchObject({ problems: ['bad-number'], suggestion: '20' });
  });
  it('flags 百分之 in the unit column, not 百分比', () => {
    expect(split('大于等于', '99', '百分之')).toMatchObject({ unit: '%', problems: ['percent-words'] });
    expect(split('大于等于', '99', '百分比')).toMatchObject({ unit: '%', problems: [] });
  });
  it('empty, placeholder, qualitative and number-less rows', () => {
    expect(split('', '', '')).toMatchObject({ kind: 'empty', problems: [] });
    expect(split('', '', '', '定性')).toMatchObject({ kind: 'empty' });
    expect(split('', '/', '')).toMatchObject({ kind: 'placeholder' });
    expect(split('', '达到预期', '', '定性')).toMatchObject({ kind: 'qualitative', problems: [] });
    expect(split('≥', '', '%')).toMatchObject({ kind: 'quantitative', sign: '≥', unit: '%', problems: ['no-number'] });
  });
  it('never throws on missing parts', () => {
    expect(parseSplitValue({} as unknown as { sign: string; value: string; unit: string; nature: string }).kind).toBe('empty');
  });
});

describe('formatValue', () => {
  const cases: [Parameters<typeof formatValue>[0], string][] = [
    [{ sign: '≥', number: 99, unit: '%' }, '≥99%'],
    [{ sign: '＝', number: 100, unit: '%' }, '＝100%'],
    [{ sign: '≤', number: 26.5, unit: '万' }, '≤26.5万元'],
    [{ sign: '≤', number: '26.50', unit: '万元' }, '≤26.50万元'],
    [{ sign: '≥', number: 99, unit: '％' }, '≥99%'],
    [{ sign: '≥', number: 99, unit: '百分之' }, '≥99%'],
    [{ sign: '≥', number: '２００', unit: '次' }, '≥200次'],
    [{ number: 98, unit: '%' }, '98%'],
    [{ sign: '≥' }, '≥'],
    [{ sign: '≥', number: 1e21, unit: '元' }, '≥1000000000000000000000元'],
    [{ sign: '≥', number: 1e-7, unit: '%' }, '≥0.0000001%'],
    [{ sign: '≥', number: 3, unit: '公斤' }, '≥3千克'],
    [{ sign: '≥', number: 3, unit: '栋楼' }, '≥3栋楼'],
  ];
  it.each(cases)('%j -> %s', (input, expected) => {
    expect(formatValue(input)).toBe(expected);
  });
});

describe('numbers', () => {
  it.each([
    ['26.5', '26.5'],
    ['２６．５', '26.5'],
    ['1,000', '1,000'],
    ['1,030,700.00', '1,030,700.00'],
    ['-3', '-3'],
    ['+3', '3'],
    ['1,00', undefined],
    ['9..5', undefined],
    ['2O', undefined],
    ['.5', undefined],
    ['5.', undefined],
    ['', undefined],
  ])('canonicalNumber(%j) = %j', (input, expected) => {
    expect(canonicalNumber(input)).toBe(expected);
  });

  it.each([
    ['2O', '20'],
    ['2OO', '200'],
    ['1l', '11'],
    ['9..5', '9.5'],
    ['9。5', '9.5'],
    ['.5', '0.5'],
    ['1,2', undefined],
    ['abc', undefined],
  ])('repairNumber(%j) = %j', (input, expected) => {
    expect(repairNumber(input)).toBe(expected);
  });

  it.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['一百零五', 105],
    ['百', 100],
    ['二三', undefined],
    ['', undefined],
    ['万', undefined],
  ])('chineseNumber(%j) = %j', (input, expected) => {
    expect(chineseNumber(input)).toBe(expected);
  });
});

describe('signs and nature', () => {
  it('flips and classifies signs', () => {
    expect(flipSign('≥')).toBe('≤');
    expect(flipSign('＜')).toBe('＞');
    expect(flipSign('＝')).toBe('＝');
    expect(signDirection('＝')).toBe('positive');
    expect(signDirection('≤')).toBe('negative');
  });
  it.each([
    ['定性', { qualitative: true }],
    ['定量', { qualitative: false }],
    ['正向指标', { direction: 'positive' }],
    ['定量 反向', { qualitative: false, direction: 'negative' }],
    ['', {}],
  ])('readNature(%j)', (input, expected) => {
    expect(readNature(input)).toEqual(expected);
  });
  it('scanValue exposes the signs as written', () => {
    const s = scanValue('≥98%以上');
    expect(s.leading.map((t) => t.text)).toEqual(['≥']);
    expect(s.trailing?.text).toBe('以上');
  });
});

describe('units', () => {
  it.each([
    ['%', '%', 'percent'],
    ['％', '%', 'percent'],
    ['百分之', '%', 'percent'],
    ['百分比', '%', 'percent'],
    ['万', '万元', 'money'],
    ['万元', '万元', 'money'],
    ['亿元', '亿元', 'money'],
    ['元', '元', 'money'],
    ['小时', '小时', 'time'],
    ['个工作日', '个工作日', 'time'],
    ['次', '次', 'count'],
    ['人次', '人次', 'count'],
    ['分', '分', 'score'],
    ['公斤', '千克', 'other'],
    ['KG', '千克', 'other'],
    ['次/年', '次/年', 'count'],
    ['元/人', '元/人', 'money'],
    // Per two things at once (real list exports: 资助标准 2000 元/人年).
    ['元/人年', '元/人/年', 'money'],
    ['元/床·日', '元/床/日', 'money'],
    ['元/人·次', '元/人次', 'money'],
    ['次/人年', '次/人/年', 'count'],
    // Ten thousand of a count or a measure.
    ['万㎡', '万平方米', 'other'],
    ['万平米', '万平方米', 'other'],
    ['万株', '万株', 'count'],
    ['万次', '万次', 'count'],
  ])('%s -> %s (%s)', (input, canonical, cls) => {
    expect(canonicalUnit(input)).toBe(canonical);
    expect(unitClass(input)).toBe(cls);
  });

  it('unknown units', () => {
    expect(canonicalUnit('栋楼')).toBeUndefined();
    expect(normalizeUnit(' 栋 楼 ')).toBe('栋楼');
    expect(unitClass('栋楼')).toBe('other');
    expect(canonicalUnit('')).toBeUndefined();
    expect(canonicalUnit('次/')).toBeUndefined();
    expect(canonicalUnit('元/人abc')).toBeUndefined();
    // 万 takes no share, no time and no data size.
    expect(canonicalUnit('万%')).toBeUndefined();
    expect(canonicalUnit('万GB')).toBeUndefined();
  });

  it('money factors', () => {
    expect(moneyFactor('元')).toBe(1);
    expect(moneyFactor('万')).toBe(1e4);
    expect(moneyFactor('万元')).toBe(1e4);
    expect(moneyFactor('亿元')).toBe(1e8);
    expect(moneyFactor('次')).toBeUndefined();
  });

  it('frequencies and longest match', () => {
    expect(isPerTime('次/月')).toBe(true);
    expect(isPerTime('元/人')).toBe(false);
    expect(isPerTime('次')).toBe(false);
    expect(matchUnitAt('个工作日内', 0)).toEqual({ unit: '个工作日', length: 4 });
    expect(matchUnitAt('x分钟', 1)).toEqual({ unit: '分钟', length: 2 });
    expect(matchUnitAt('底', 0)).toBeUndefined();
  });
});

describe('repeatedUnit', () => {
  it.each([
    ['次次', '次'],
    ['人人人', '人'],
    ['%％', '%'],
    ['万元万元', '万元'],
    ['次', undefined],
    ['人次', undefined],
    ['abab', undefined],
    ['', undefined],
  ])('%s -> %s', (text, unit) => {
    expect(repeatedUnit(text)).toBe(unit);
  });
});

describe('repeatedSign (a split sign column)', () => {
  it.each([
    ['≥≥', '≥'],
    ['≥＞', '≥'],
    ['大于等于≥', '≥'],
    ['≤≤', '≤'],
    ['≥', undefined],
    ['≥≤', undefined],
    ['≥x', undefined],
    ['', undefined],
  ])('%s -> %s', (text, sign) => {
    expect(repeatedSign(text)?.sign).toBe(sign);
  });

  it('a split row with a doubled sign keeps the sign and notes the repeat', () => {
    const p = parseSplitValue({ sign: '≥≥', value: '98', unit: '%', nature: '' });
    expect(p).toMatchObject({ kind: 'quantitative', sign: '≥', number: 98, unit: '%' });
    expect(p.problems).toEqual(['doubled-sign']);
  });
});
