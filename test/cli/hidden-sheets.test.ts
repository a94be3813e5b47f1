/**
 * Findings on hidden sheets (eighth round of hostile input): a workbook can hide a sheet (or make it
 * "very hidden", which Excel's Unhide does not even list) holding a table with mistakes. The
 * command line checks it like any other and says that the sheet is hidden, in the text report and
 * in JSON (`"hidden": "hidden" | "veryHidden"`), so its findings never look like a sheet the
 * reviewer can open. Before: the findings were listed under a sheet name the reviewer could not
 * find in Excel, with nothing saying why.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { book, tableXml, TABLE } from '../helpers/hostile-unseen';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'perf-target-hidden-'));
  const x = tableXml(TABLE);
  const body = x.sheetData;
  writeFileSync(
    join(dir, 'a.xlsx'),
    book({
      sheets: [
        { name: '可见', body },
        { name: '隐藏', body, state: 'hidden' },
        { name: '深度隐藏', body, state: 'veryHidden' },
      ],
      sharedStrings: x.sst,
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  const code = await main(['check', join(dir, 'a.xlsx'), ...args], io);
  return { code, out: io.out, err: io.err };
}

test('the text report lists every sheet’s findings and says which sheets are hidden', async () => {
  const { out, err } = await run();
  expect(err).toBe('');
  const lines = out.split('\n');
  expect(lines.find((l) => l.includes('工作表「可见」'))?.trim()).toBe('工作表「可见」');
  expect(lines.find((l) => l.includes('工作表「隐藏」'))).toContain('（隐藏的工作表：在 Excel 中看不到，其中的问题照常列出；右键单击工作表标签 › 取消隐藏 可以显示它）');
  expect(lines.find((l) => l.includes('工作表「深度隐藏」'))).toContain('（深度隐藏的工作表：Excel 的“取消隐藏”中也看不到');
  // The same finding (100% without a sign) on each of the three sheets.
  expect(out.split('E8').length - 1).toBe(3);
});

test('JSON says hidden or veryHidden, and nothing on a visible sheet', async () => {
  const { out } = await run('--format', 'json');
  const doc = JSON.parse(out) as { files: { sheets: { name: string; hidden?: string; tables: { findings: { cell: string }[] }[] }[] }[] };
  const sheets = doc.files[0].sheets;
  expect(sheets.map((s) => [s.name, s.hidden ?? null])).toEqual([
    ['可见', null],
    ['隐藏', 'hidden'],
    ['深度隐藏', 'veryHidden'],
  ]);
  for (const s of sheets) expect(s.tables[0].findings.map((f) => f.cell)).toContain('E8');
  expect(Object.keys(sheets[0])).not.toContain('hidden');
});

test('in English with --lang en', async () => {
  const { out } = await run('--lang', 'en');
  expect(out).toContain('Sheet "隐藏" (hidden sheet: not visible in Excel, its findings are listed all the same; right-click a sheet tab › Unhide to show it)');
  expect(out).toContain('Sheet "深度隐藏" (very hidden sheet');
});
