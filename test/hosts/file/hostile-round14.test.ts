/**
 * Hostile workbooks of round 14: what an adversary who has read the readers would try next, each
 * file generated here. Work is compared at 1× and 10× (test/helpers/growth.ts: CPU-time ratios,
 * no clock limit) or counted.
 *
 * - A number format code built for the date test: `[` with no `]`, which ExcelJS's pattern (and
 *   ours, its copy) tried again from every `[`: quadratic in the code, asked once per cellXfs
 *   entry (and by ExcelJS once per numeric cell). A 3 KB file with a 1 MB code held the check
 *   for many minutes.
 */
import fc from 'fast-check';
import { isDateFormat } from '../../../src/hosts/file/builtin-formats';
import { readWorkbookDetailed } from '../../../src/hosts/file/read';
import '../../../src/hosts/file/exceljs-read';
import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
import { book, tableXml } from '../../helpers/hostile-unseen';

/** ExcelJS's utils.isDateFmt as ExcelJS wrote it (the reference for the answer, never for time). */
function excelJsDateTest(fmt: string): boolean {
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

describe('number format codes built to make the date test slow', () => {
  test('the date test gives ExcelJS’s answer for every code (fuzzed over its special characters)', () => {
    const code = fc.array(fc.constantFrom('[', ']', '"', 'y', 'd', 'h', 'x', '0', 'M', 's', 'b', ';', '\\'), { maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(code, (c) => isDateFormat(c) === excelJsDateTest(c)),
      { seed: 1414, numRuns: 3_000 },
    );
    for (const c of ['yyyy-mm-dd', '[h]:mm', '[Red]0.00', '"d"0', '[$-804]yyyy"年"', '0.00', '@', 'General', '[[[d', '"""d', '[]d]']) {
      expect(isDateFormat(c)).toBe(excelJsDateTest(c));
    }
  });

  // A new code each time: an answer remembered is not the work measured.
  let k = 0;

  test('a code of `[` with no `]` (also as `"`) is tested in time linear in its length', () => {
    expect(growthRatio((n) => isDateFormat(`${'['.repeat(n)}${k++}`), 4_000)).toBeLessThan(LINEAR_BOUND);
    expect(growthRatio((n) => isDateFormat(`${'"['.repeat(n)}${k++}`), 4_000)).toBeLessThan(LINEAR_BOUND);
  });

  test('ExcelJS (behind --annotate) asks our test: it asks again for every numeric cell', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- ExcelJS's own module, patched by exceljs-dates.ts
    const utils = require('exceljs/lib/utils/utils.js') as { isDateFmt(fmt: string): boolean };
    expect(growthRatio((n) => utils.isDateFmt(`${'['.repeat(n)}${k++}`), 4_000)).toBeLessThan(LINEAR_BOUND);
    expect(utils.isDateFmt('yyyy-mm-dd')).toBe(true);
    expect(utils.isDateFmt('[Red]0.00')).toBe(false);
  });

  test('one long code named by many cellXfs entries: reading grows with the styles part, not code × entries', () => {
    const x = tableXml();
    const workbook = (n: number) => {
      const xfs = '<xf numFmtId="200"/>'.repeat(n / 20);
      const styles = `<numFmts count="1"><numFmt numFmtId="200" formatCode="${'['.repeat(n)}d"/></numFmts><cellXfs count="${n / 20 + 1}"><xf numFmtId="0"/>${xfs}</cellXfs>`;
      return book({ sheets: [{ name: 'S', body: x.sheetData.replace('<c r="B2">', '<c r="B2" s="1">') }], sharedStrings: x.sst, styles });
    };
    const files = new Map([1_000, 10_000].map((n) => [n, workbook(n)]));
    expect(growthRatio((n) => readWorkbookDetailed(files.get(n) as Uint8Array, 'x.xlsx'), 1_000, 3)).toBeLessThan(LINEAR_BOUND);
    // The number is still read under it (a date code: its serial, as ExcelJS gives it).
    expect(readWorkbookDetailed(files.get(1_000) as Uint8Array, 'x.xlsx').grids[0].values[1][1]).toBe(12);
  });
});
