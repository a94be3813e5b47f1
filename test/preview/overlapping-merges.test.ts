/**
 * A workbook whose merged areas overlap (a broken or crafted file: Excel repairs them away, ExcelJS
 * refuses the file) is read by the preview as the command line reads it, and the page says so
 * (hostile45 round; hostile44's leftover). Data made by us (consistency, not accuracy): the small
 * project table with overlapping and repeated areas over its first indicator rows.
 *
 * Before: the preview's fast loader declined such a file and ExcelJS refused it: “x.xlsx”无法读取：
 * 文件可能已损坏… — a file the command line checked.
 */
import { readModel } from '../../src/preview/read-model';
import { overlapNotice } from '../../src/preview/open-notice';
import { readWorkbookBytes } from '../../src/hosts/file/read';
import { ExcelHost } from '../../src/hosts/excel';
import { createStandIn } from '../../src/standin';
import { allFindings, checkSheet } from '../../src/core/engine';
import { book, tableXml } from '../helpers/hostile-unseen';
import { modelToXlsx } from '../../src/standin/xlsx';

const STYLES =
  '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0"/></cellXfs>';

function withMerges(merges: string[]): Uint8Array {
  const x = tableXml();
  const body = `${x.sheetData}<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`;
  return book({ sheets: [{ name: '绩效目标表', body }], sharedStrings: x.sst, styles: STYLES });
}

const keys = (findings: ReturnType<typeof allFindings>): string[] => findings.map((f) => `${f.rule} ${f.cell} ${f.messageId}`);

test.each([
  ['crossing', ['A7:A10', 'A8:B9'], 1],
  ['repeated', ['A7:A10', 'A7:A10'], 1],
  ['nested and crossing', ['A7:B12', 'B8:C9', 'A11:A12', 'E7:E8'], 2],
])('overlapping merged areas (%s): the preview opens the file, finds what the command line finds, and says so', async (_label, merges, overlapping) => {
  const bytes = withMerges(merges as string[]);
  const cli = (await readWorkbookBytes(bytes, 'x.xlsx'))[0];
  const model = await readModel(bytes, 'x.xlsx', 'zh-CN');
  expect(model.sheets[0].overlappingMerges).toBe(overlapping);
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  const previewGrid = await host.readSheet(model.sheets[0].name);
  expect(keys(allFindings(checkSheet(previewGrid)))).toEqual(keys(allFindings(checkSheet(cli))));
  expect(overlapNotice(model, 'x.xlsx', 'zh-CN')).toBe(
    `提示：“x.xlsx”的工作表“绩效目标表”中有 ${overlapping} 个合并区域与其他合并区域重叠（文件已损坏或被改动过，Excel 打开时会修复）。预览与命令行一样保留这些区域，各区域中左上角以外的内容按空白处理。`,
  );
  expect(overlapNotice(model, 'x.xlsx', 'en-US')).toContain('merged areas overlapping other merged areas');
});

test('areas that do not overlap: no notice', async () => {
  const model = await readModel(withMerges(['A7:A10', 'B8:B9']), 'x.xlsx', 'zh-CN');
  expect(model.sheets[0].overlappingMerges).toBeUndefined();
  expect(overlapNotice(model, 'x.xlsx', 'zh-CN')).toBeNull();
});

test('the download of such a workbook is written, its areas as Excel repairs them (the first of each overlap)', async () => {
  const model = await readModel(withMerges(['A7:B12', 'B8:C9', 'A11:A12', 'E7:E8']), 'x.xlsx', 'zh-CN');
  // Before: ExcelJS refused to merge a merged cell again and the download failed.
  const saved = await modelToXlsx(model);
  const again = (await readWorkbookBytes(saved, 'y.xlsx'))[0];
  expect((again.merges ?? []).map((m) => `${m.top},${m.left},${m.bottom},${m.right}`)).toEqual(['6,0,11,1', '6,4,7,4']);
});
