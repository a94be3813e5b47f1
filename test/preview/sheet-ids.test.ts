/**
 * sheetIds the preview's ExcelJS path lost (hostile42 round's leftovers; files made by us). ExcelJS
 * keys the sheets by sheetId: two sheets stating one id showed one, a workbook without ids (or with
 * ids that are no numbers) had no sheet at all (工作簿中没有工作表, loud and not true), and ids out
 * of order reordered the tabs. The command line reads the sheets by their place; the preview now
 * gives ExcelJS the workbook with its ids restated in order (src/preview/sheet-ids.ts).
 */
import { readModel } from '../../src/preview/read-model';
import { sheetIdsInOrder, withSheetIdsInOrder } from '../../src/preview/sheet-ids';
import { readWorkbookBytes } from '../../src/hosts/file/read';
import { leanModelFromXlsx, streamInflate } from '../../src/standin/xlsx-lean';
import { cellKey } from '../../src/standin/model';
import { MAIN, REL, tableXml, zipOf, type Part } from '../helpers/hostile-unseen';

const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const x = tableXml();

/** Two sheets 甲 and 乙 with the sheetId attributes given (`sheetId="…"` or none), a formula in each (ExcelJS's file). */
function twoSheets(ids: [string, string], deflate = true): Uint8Array {
  const withFormula = (v: string) => x.sheetData.replace('<v>12</v>', `<v>${v}</v>`).replace('</sheetData>', '<row r="30"><c r="A30"><f>1+1</f><v>2</v></c></row></sheetData>');
  const parts: Part[] = [
      { name: '[Content_Types].xml', data: '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>' },
      { name: '_rels/.rels', data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
      { name: 'xl/workbook.xml', data: `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="甲" ${ids[0]} r:id="rId1"/><sheet name="乙&gt;" ${ids[1]} r:id="rId2"/></sheets></workbook>` },
      {
        name: 'xl/_rels/workbook.xml.rels',
        data: `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      },
      { name: 'xl/worksheets/sheet1.xml', data: `<worksheet xmlns="${MAIN}">${withFormula('12')}</worksheet>` },
      { name: 'xl/worksheets/sheet2.xml', data: `<worksheet xmlns="${MAIN}">${withFormula('99')}</worksheet>` },
      { name: 'xl/sharedStrings.xml', data: `<sst xmlns="${MAIN}">${x.sst}</sst>` },
  ];
  return zipOf(parts.map((p) => ({ ...p, method: deflate ? 8 : 0 })));
}

const SHAPES: [string, [string, string]][] = [
  ['one id twice', ['sheetId="1"', 'sheetId="1"']],
  ['no ids', ['', '']],
  ['ids that are no numbers', ['sheetId="a"', 'sheetId="b"']],
  ['ids out of order', ['sheetId="7"', 'sheetId="3"']],
  ['an empty id and a negative one', ['sheetId=""', "sheetId='-1'"]],
];

const budgetOf = (model: Awaited<ReturnType<typeof readModel>>, i: number): unknown => {
  // The budget cell of the table (the value written 12 on 甲 and 99 on 乙).
  for (const cell of model.sheets[i].cells.values()) if (cell.value === 12 || cell.value === 99) return cell.value;
  return undefined;
};

describe('every sheet in the workbook’s order, whatever ids it states', () => {
  test.each(SHAPES)('%s: the command line and the preview read 甲 then 乙', async (_name, ids) => {
    for (const deflate of [true, false]) {
      const bytes = twoSheets(ids, deflate);
      expect((await readWorkbookBytes(bytes, 'x.xlsx')).map((g) => g.name)).toEqual(['甲', '乙>']);
      // The file has formulas: the fast loader leaves it to ExcelJS.
      expect(await leanModelFromXlsx(bytes)).toBeUndefined();
      const model = await readModel(bytes, 'x.xlsx', 'zh-CN');
      expect(model.sheets.map((s) => s.name)).toEqual(['甲', '乙>']);
      expect([budgetOf(model, 0), budgetOf(model, 1)]).toEqual([12, 99]);
      expect(model.sheets[0].cells.get(cellKey(29, 0))?.value).toBe(2);
    }
  });

  test('ids already 1, 2 … in order: the bytes are given as they are', async () => {
    const bytes = twoSheets(['sheetId="1"', 'sheetId="2"']);
    expect(await withSheetIdsInOrder(bytes, streamInflate)).toBe(bytes);
  });

  test('sheetIdsInOrder restates each <sheet>’s id (prefixed tags, a `>` in a name, single quotes) and nothing else', () => {
    expect(sheetIdsInOrder('<x:sheets><x:sheet name="a>b" sheetId="5" r:id="r1"/><x:sheet sheetId=\'5\' name="c"/></x:sheets>')).toBe(
      '<x:sheets><x:sheet sheetId="1" name="a>b" r:id="r1"/><x:sheet sheetId="2" name="c"/></x:sheets>',
    );
    expect(sheetIdsInOrder('<sheets><sheet name="a" sheetId="1"/><sheet name="b" sheetId="2"/></sheets>')).toBeUndefined();
  });
});
