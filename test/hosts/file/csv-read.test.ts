/**
 * CSV and tab-separated text, as systems' list exports and Excel's "CSV" save write it, read into
 * one sheet through the command line's reader (src/hosts/file/read.ts → legacy-read.ts →
 * csv-read.ts). Texts here are written by hand (our tables: consistency, not accuracy); the
 * LibreOffice-made CSVs of our fixtures and tune files are in legacy-read.test.ts.
 */
import fc from 'fast-check';
import { allFindings, checkSheet } from '../../../src/core/engine';
import { delimiterOf, readDelimited } from '../../../src/hosts/file/csv-read';
import { READ_LIMITS } from '../../../src/hosts/file/limits';
import { FileReadError, readWorkbookDetailed } from '../../../src/hosts/file/read';
import { readFailure } from '../../helpers/read-failure';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (bytes: Uint8Array, file = '清单.csv') => readWorkbookDetailed(bytes, file);
const failure = (bytes: Uint8Array, file = '清单.csv') => readFailure(bytes, file);

/** A list export (SPEC's L4: one row per indicator, the project's columns on its first row). */
const LIST = [
  '项目名称,项目单位,预算数（元）,年度绩效目标,一级指标,二级指标,三级指标,指标性质,目标值,计量单位',
  '办公楼维修改造,某局,"1,030,700.00","完成维修改造，保障办公安全。",产出指标,数量指标,维修面积,≥,1200,平方米',
  ',,,,产出指标,质量指标,验收合格率,,100,%',
  ',,,,效益指标,满意度指标,使用人员满意度,≥,95,%',
  ',,,,成本指标,经济成本指标,维修成本,≤,103.07,万元',
].join('\r\n');

describe('a list export as CSV', () => {
  test('one sheet named after the file; quoted fields with commas; a number as written', () => {
    const book = read(utf8(`\ufeff${LIST}\r\n`));
    expect(book.grids).toHaveLength(1);
    const [g] = book.grids;
    expect(g.name).toBe('清单');
    expect(g.values[1].slice(0, 4)).toEqual(['办公楼维修改造', '某局', 1030700, '完成维修改造，保障办公安全。']);
    expect(g.text?.[1][2]).toBe('1,030,700.00');
    expect(g.values[2].slice(4)).toEqual(['产出指标', '质量指标', '验收合格率', null, 100, '%']);
  });

  test('checked like the same list in an .xlsx: the project found, its value without a sign found', () => {
    const [g] = read(utf8(LIST)).grids;
    const result = checkSheet(g, {});
    expect(result.tables.length).toBeGreaterThanOrEqual(1);
    expect(allFindings(result).some((f) => f.row === 2 && f.rule.startsWith('value/'))).toBe(true);
  });

  test('tab-separated in UTF-16 with its mark; semicolons; Excel’s sep= line', () => {
    const tsv = LIST.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
    const bytes = new Uint8Array([0xff, 0xfe, ...[...tsv].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8])]);
    expect(read(bytes, '清单.xls').grids[0].values[0].slice(0, 3)).toEqual(['项目名称', '项目单位', '预算数（元）']);
    expect(read(utf8('项目名称;预算数\n某项目;12\n')).grids[0].values[1]).toEqual(['某项目', 12]);
    expect(read(utf8('sep=|\n项目名称|预算数,万元\n')).grids[0].values[0]).toEqual(['项目名称', '预算数,万元']);
  });

  test('GBK bytes (Chinese Excel’s CSV), a line break and a doubled quote inside a quoted field, \\r alone', () => {
    // 项目名称,预算数 / A,12 in GBK.
    const gbk = new Uint8Array([0xcf, 0xee, 0xc4, 0xbf, 0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xd4, 0xa4, 0xcb, 0xe3, 0xca, 0xfd, 0x0d, 0x0a, 0x41, 0x2c, 0x31, 0x32, 0x0d, 0x0a]);
    expect(read(gbk, 'a.xlsx').grids[0].values).toEqual([['项目名称', '预算数'], ['A', 12]]);
    const [g] = read(utf8('年度目标,说明\r"目标一\n目标二","他说""好"""\r'), 'a.csv').grids;
    expect(g.values).toEqual([['年度目标', '说明'], ['目标一\n目标二', '他说"好"']]);
  });

  test('numbers as Excel’s import makes them, leading zeros and signs kept as text', () => {
    const [g] = read(utf8('a,b,c,d,e,f\n007,-3.5, 12 ,≥95,1e3,"2,000"\n')).grids;
    expect(g.values[1]).toEqual(['007', -3.5, 12, '≥95', '1e3', 2000]);
  });
});

describe('text that is no table is said to be text', () => {
  test('a note under a spreadsheet’s name: the line says what it is and what to do', () => {
    const err = failure(utf8('这是一个改了扩展名的文本文件，不是 Excel 工作簿。\n第二行。\n'), '说明.xlsx');
    expect(err.code).toBe('not-xlsx');
    expect(err.message).toBe('无法读取“说明.xlsx”：这是文本文件，不是 Excel 工作簿，也不是以逗号、制表符或分号分列的表格（CSV）。请在 Excel 或 WPS 中打开，另存为“Excel 工作簿（.xlsx）”后再检查。');
  });

  test('delimiterOf: the one on the most lines; none for prose', () => {
    expect(delimiterOf('a,b\nc,d\n')).toBe(44);
    expect(delimiterOf('a\tb,c\nd\te\n')).toBe(9);
    expect(delimiterOf('"a,b"\n"c,d"\n')).toBeUndefined();
    expect(delimiterOf('一段话。\n又一段。')).toBeUndefined();
  });
});

describe('bounded', () => {
  test('an unclosed quote swallowing the rest stops at a cell’s character limit, naming the sheet', () => {
    const err = failure(utf8(`a,b\n"${'x,'.repeat(READ_LIMITS.maxCellChars)}\n`));
    expect(err.code).toBe('excel-limit');
    expect(err.message).toContain('工作表“清单”');
  });

  test('a line past Excel’s columns, a file past its rows', () => {
    expect(failure(utf8(`${'a,'.repeat(READ_LIMITS.maxColumns)}a\n`)).code).toBe('excel-limit');
    const limits = { ...READ_LIMITS, maxRows: 10 };
    expect(() => readDelimited(utf8('a,b\n'.repeat(11)), 'S', limits)).toThrow(/row-limit/);
    expect(readDelimited(utf8('a,b\n'.repeat(10)), 'S', limits)?.[0].values).toHaveLength(10);
  });

  test('characters scanned are linear in the text', () => {
    const scanned = (n: number) => {
      const work = { chars: 0 };
      readDelimited(utf8('"引号,内""容",12,,x\r\n'.repeat(n)), 'S', READ_LIMITS, work);
      return work.chars;
    };
    expect(scanned(10_000)).toBe(scanned(1_000) * 10);
  });

  test('any text either reads or is refused with one of the reader’s lines (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '"', ',', '\t', ';', '\n', '\r', '项', '1', '.', ' ', '='), { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        if (text.trim() === '') return;
        try {
          const book = read(utf8(`x,y\n${text}`));
          expect(book.grids).toHaveLength(1);
        } catch (err) {
          expect(err).toBeInstanceOf(FileReadError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
