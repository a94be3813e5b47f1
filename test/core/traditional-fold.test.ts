/**
 * Titles, labels, level names, units and sign words in traditional characters (issue #11): some pages are
 * served through converters to traditional characters (values39's 0477ly.com copy of a 福建 report, 2023;
 * titles40's tst57ck.com copy of 安溪县's 安農財〔2025〕31號). They are read as the simplified words
 * (foldTraditional, where text is normalised for matching), and what is shown or suggested for a cell
 * keeps the characters as written. The forms are ours in traditional characters (consistency, not accuracy).
 */
import fc from 'fast-check';
import { checkSheet } from '../../src/core/engine';
import { titleKind } from '../../src/core/engine/labels';
import { foldTraditional, labelKey } from '../../src/core/engine/text';
import { parseIndicatorValue } from '../../src/core/engine/value';
import { textRows } from '../helpers/text-grid';

describe('traditional characters are read as the simplified words, and written back as written', () => {
  // A converter's copy of a project's table (the words of 财预〔2020〕10号's form, ours in traditional characters).
  const TRADITIONAL = [
    '項目支出績效目標表|||',
    '項目名稱|某某信息系統運維項目||',
    '預算數（萬元）|50|其中：財政資金|50',
    '年度績效目標|保障系統全年穩定運行。||',
    '一級指標|二級指標|三級指標|指標值',
    '產出指標|數量指標|運維系統數|≥3個',
    '|質量指標|系統正常運行率|100%',
    '|時效指標|故障響應時間|不高於2小時',
    '|成本指標|運維成本|≤50萬元',
    '效益指標|社會效益指標|業務辦理效率|有效提升',
    '滿意度指標|服務對象滿意度指標|使用人員滿意度|不低於90%',
  ];

  it('a project’s table in traditional characters is found, read and checked (before: no table at all)', () => {
    const [tb, ...rest] = checkSheet({ name: 'Sheet1', values: textRows(TRADITIONAL) }).tables;
    expect(rest).toEqual([]);
    expect(tb.table.kind ?? 'project').toBe('project');
    expect(tb.table.projectName?.text).toBe('某某信息系統運維項目');
    expect(tb.table.budget.total?.text).toBe('50');
    expect(tb.table.indicators.map((i) => i.level2.text)).toEqual(['數量指標', '質量指標', '時效指標', '成本指標', '社會效益指標', '服務對象滿意度指標']);
    const findings = tb.findings.map((f) => `${f.cell} ${f.rule} ${f.suggestion ?? ''}`);
    expect(findings).toEqual(['D7 value/missing-sign ＝100%', 'D8 value/nonstandard-sign ≤2小時', 'D11 value/nonstandard-sign ≥90%']);
  });

  it('titles in traditional characters name their kinds', () => {
    expect(titleKind('部門整體支出績效目標表')).toBe('department');
    expect(titleKind('項目支出績效自評表')).toBe('self-eval');
    expect(titleKind('項目支出績效目標表')).toBe('project');
    // 安溪县's 安農財〔2025〕31號 附件2 as its copy (tst57ck.com) converts it: a city's fund handed down.
    expect(titleKind('2025年市級財政鄉村振興專項資金(第一批整鎮推進創建鄉鎮獎補)績效目標表')).toBe('transfer');
  });

  it('units and sign words: read as the simplified, the unit kept as written in a suggestion', () => {
    const p = parseIndicatorValue('不高於2小時');
    expect([p.sign, p.number, p.unit, p.unitText, p.unitKnown, p.suggestion]).toEqual(['≤', 2, '小时', '小時', true, '≤2小時']);
    expect(parseIndicatorValue('100個').suggestion).toBeUndefined();
    expect(parseIndicatorValue('≥5萬元').unit).toBe('万元');
  });

  it('the fold changes no simplified text and keeps every text’s length (a property)', () => {
    const simplified = '项目支出绩效目标表一级二级三级指标值预算数资金财政产出数量质量时效成本效益满意度个台辆万元小时于达到不低';
    expect(foldTraditional(simplified)).toBe(simplified);
    expect(labelKey('三級指標')).toBe('三级指标');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const folded = foldTraditional(s);
        expect(folded.length).toBe(s.length);
        expect(foldTraditional(folded)).toBe(folded);
      }),
    );
  });
});
