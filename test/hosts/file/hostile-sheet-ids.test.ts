/**
 * Two `<sheet>` elements stating one sheetId (hostile42 round; the file is made by us). The
 * schema wants them unique; Excel repairs such a file, LibreOffice and WPS show both sheets. The
 * lean reader keyed the sheets by sheetId, so the first was left out without a word, and a finding
 * on it never reported; ExcelJS keys by id too, so the annotated copy would have lost it. Now both
 * are checked, and the copy is refused (ExcelJS reads one sheet fewer than the check).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { readWorkbookBytes } from '../../../src/hosts/file/read';
import { MAIN, REL, tableXml, zipOf } from '../../helpers/hostile-unseen';
import { tempDir } from '../../helpers/temp-dir';

const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const x = tableXml();

function twoSheets(ids: [string, string]): Uint8Array {
  // The second sheet's budget is written 99: a finding only it has.
  const second = x.sheetData.replace('<v>12</v>', '<v>99</v>');
  return zipOf([
    { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>' },
    { name: '_rels/.rels', data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    { name: 'xl/workbook.xml', data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="甲" sheetId="${ids[0]}" r:id="rId1"/><sheet name="乙" sheetId="${ids[1]}" r:id="rId2"/></sheets></workbook>` },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="${MAIN}">${x.sheetData}</worksheet>` },
    { name: 'xl/worksheets/sheet2.xml', data: `<worksheet xmlns="${MAIN}">${second}</worksheet>` },
    { name: 'xl/sharedStrings.xml', data: `<sst xmlns="${MAIN}">${x.sst}</sst>` },
  ]);
}

test('two sheets with one sheetId: both are read, in the workbook’s order, as with two ids', async () => {
  const same = await readWorkbookBytes(twoSheets(['1', '1']), 'x.xlsx');
  const apart = await readWorkbookBytes(twoSheets(['1', '2']), 'x.xlsx');
  expect(same.map((g) => g.name)).toEqual(['甲', '乙']);
  expect(JSON.stringify(same)).toBe(JSON.stringify(apart));
  // The order is the <sheet> elements', whatever the ids say.
  expect((await readWorkbookBytes(twoSheets(['7', '3']), 'x.xlsx')).map((g) => g.name)).toEqual(['甲', '乙']);
});

test('the command line reports both sheets and makes no copy that would drop one', async () => {
  const dir = tempDir('sheet-ids');
  const file = join(dir, '两表.xlsx');
  writeFileSync(file, twoSheets(['1', '1']));
  let out = '';
  let err = '';
  const code = await main(['check', file, '--annotate', join(dir, 'out')], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  expect(code).toBe(2);
  expect(out).toContain('工作表「甲」');
  expect(out).toContain('工作表「乙」');
  expect(out).toContain('预算数 99');
  expect(err).toContain('生成标注副本的组件读到的内容与检查时不同');
  expect(existsSync(join(dir, 'out', '两表.checked.xlsx'))).toBe(false);
});
