/**
 * A small file whose every cell is a bad value (hostile44 round: amplification through the
 * engine and the outputs). Data made by us (consistency, not accuracy): one table whose indicator
 * rows each hold a repeated 三级指标 and a 数量指标 value without a number, two findings a row.
 *
 * Before: an 8 MB file of 1,000,000 such rows (2,000,000 findings) made `--format json` say
 * 程序内部出错 with nothing on stdout (JSON.stringify past V8's longest string), the text report
 * took 3.1 GB, and a file of three such sheets (5,000,000 findings) ran the command line out of
 * V8's 4 GB heap after six minutes (a stack dump, exit 134). Now a file lists at most
 * LISTED_FINDINGS_LIMIT findings and counts the rest, and both reports are written in pieces.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { formatText } from '../../src/cli/text-format';
import { safeJson, writeSafeJson } from '../../src/cli/safe-text';
import { checkSheet, allFindings } from '../../src/core/engine';
import { buildReport, LISTED_FINDINGS_LIMIT, sheetReport } from '../../src/core/review/report';
import type { Finding } from '../../src/core/model';
import { cellsToMark } from '../../src/cli/annotate';
import { COPY_LIMITS } from '../../src/hosts/file/limits';
import { book, tableXml } from '../helpers/hostile-unseen';
import { textGrid } from '../helpers/text-grid';
import { badValueLines, budgetOf } from '../helpers/bad-values';
import { tempDir } from '../helpers/temp-dir';

const badLines = badValueLines;

test('past the budget findings are counted by severity, not made; every rule still runs on every row', () => {
  const grid = textGrid(badLines(500));
  const all = allFindings(checkSheet(grid, {}));
  expect(all.length).toBeGreaterThan(900);
  const budget = budgetOf(100);
  const result = checkSheet(textGrid(badLines(500)), {}, budget);
  const kept = allFindings(result);
  expect(kept).toHaveLength(100);
  // The kept ones are findings of the full check (the first reported), and the counts add up.
  const keys = new Set(all.map((f) => `${f.rule}|${f.cell}|${f.messageId}`));
  expect(kept.every((f) => keys.has(`${f.rule}|${f.cell}|${f.messageId}`))).toBe(true);
  const bySeverity = (s: string) => all.filter((f) => f.severity === s).length - kept.filter((f) => f.severity === s).length;
  expect(result.unlisted).toEqual({ error: bySeverity('error'), warning: bySeverity('warning'), info: bySeverity('info') });
  expect(budget.left).toBe(0);
  // The summary counts every finding, listed or not.
  const doc = buildReport([{ file: 'a.xlsx', sheets: [sheetReport(result)] }]);
  expect(doc.summary.errors + doc.summary.warnings + doc.summary.infos).toBe(all.length);
  expect(formatText(doc, { color: false })).toContain(`另有 ${(all.length - 100).toLocaleString('en-US')} 个问题未列出`);
});

test('one budget spans the sheets of a workbook; a sheet within it has no unlisted count', () => {
  const budget = budgetOf(60);
  const first = checkSheet(textGrid(badLines(20)), {}, budget);
  const second = checkSheet(textGrid(badLines(20)), {}, budget);
  expect(first.unlisted).toBeUndefined();
  expect(allFindings(first).length + allFindings(second).length).toBe(60);
  expect(second.unlisted).toBeDefined();
  // Without a budget (the add-in) nothing changes: no count, every finding kept.
  expect(checkSheet(textGrid(badLines(20)), {}).unlisted).toBeUndefined();
});

test('the JSON written in pieces is safeJson, piece for piece (fast-check)', () => {
  const leaf = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('\u202e', '\u0085', '\u2028', '\x1b[31m', '\n'), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.constant(null), fc.constant(undefined));
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree')), fc.dictionary(fc.string(), tie('tree'))),
  }));
  fc.assert(
    // A document is an object or a list (safeJson of a bare undefined has no text).
    fc.property(fc.oneof(fc.array(tree), fc.dictionary(fc.string(), tree)), (value) => {
      const pieces: string[] = [];
      writeSafeJson(value, (s) => pieces.push(s));
      expect(pieces.join('')).toBe(safeJson(value));
    }),
    { numRuns: 500, seed: 4401 },
  );
});

test('a report of many findings is written in pieces none of which is the whole', () => {
  const result = checkSheet(textGrid(badLines(2_000)), {});
  const doc = buildReport([{ file: 'a.xlsx', sheets: [sheetReport(result)] }]);
  const pieces: string[] = [];
  writeSafeJson(doc, (s) => pieces.push(s));
  const whole = pieces.join('');
  expect(whole).toBe(safeJson(doc));
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1_000);
});

function capture(): Io & { out: string; err: string; writes: number } {
  const io = { out: '', err: '', writes: 0, isTTY: false, stdout: (s: string) => void ((io.out += s), io.writes++), stderr: (s: string) => void (io.err += s) };
  return io;
}

test('perf-target check on a file with more findings than it lists: the rest counted, said on stderr and in both reports', async () => {
  const rows = Math.ceil(LISTED_FINDINGS_LIMIT / 2) + 500;
  const lines: (string | null)[][] = badLines(rows).map((l) => l.split('|').map((c) => (c === '' ? null : c)));
  const x = tableXml(lines);
  const file = join(tempDir('many-findings'), 'many.xlsx');
  writeFileSync(file, book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst }));
  const text = capture();
  // Warnings only: exit code 0, as for the same findings all listed.
  expect(await main(['check', file], text)).toBe(0);
  const said = /^提示：“(.*)”中的问题超过 200,000 个，只列出了前 200,000 个，另有 ([\d,]+) 个未列出（已计入合计）。这通常是整列内容有同样的错误：请先改正列出的问题，再检查一次。\n$/.exec(text.err);
  expect(said?.[1]).toBe(file);
  const unlisted = Number(said?.[2].replace(/,/g, ''));
  // Two a row, and the table's own (the same on a table of ten rows), less those listed.
  const own = allFindings(checkSheet(textGrid(badLines(10)), {})).length - 20;
  expect(unlisted).toBe(2 * rows + own - LISTED_FINDINGS_LIMIT);
  const listed = text.out.split('\n').filter((l) => / {2}(错误|警告|提示) {2}/.test(l));
  expect(listed).toHaveLength(LISTED_FINDINGS_LIMIT);
  expect(text.out).toContain(`另有 ${unlisted.toLocaleString('en-US')} 个问题未列出`);
  // Written as it is made, in pieces of about a megabyte, not one string.
  expect(text.writes).toBeGreaterThan(10);
  const json = capture();
  expect(await main(['check', file, '--format', 'json'], json)).toBe(0);
  const doc = JSON.parse(json.out) as { summary: { errors: number; warnings: number; infos: number }; files: { sheets: { unlisted?: { errors: number; warnings: number; infos: number } }[] }[] };
  const u = doc.files[0].sheets[0].unlisted;
  expect(u && u.errors + u.warnings + u.infos).toBe(unlisted);
  expect(doc.summary.errors + doc.summary.warnings + doc.summary.infos).toBe(LISTED_FINDINGS_LIMIT + unlisted);
  // A copy would mark only the listed findings and read as complete: none is made, and the line says why.
  const out = join(tempDir('many-findings-copy'), 'out');
  const copy = capture();
  expect(await main(['check', file, '--format', 'json', '--annotate', out], copy)).toBe(2);
  expect(copy.err.split('\n')[1]).toBe(
    `perf-target：未写出“${join(out, 'many.checked.xlsx')}”：该工作簿的问题超过 200,000 个，只列出了一部分，标注副本无法标出全部问题，已跳过。检查结果不受影响；请先改正列出的问题，再检查一次。`,
  );
}, 600_000);

test('a copy marking more than 50,000 cells is refused before ExcelJS loads the workbook; the check as usual', async () => {
  expect(COPY_LIMITS.maxMarkedCells).toBe(50_000);
  const rows = COPY_LIMITS.maxMarkedCells / 2 + 1;
  const lines: (string | null)[][] = badLines(rows).map((l) => l.split('|').map((c) => (c === '' ? null : c)));
  const x = tableXml(lines);
  const dir = tempDir('many-marks');
  const file = join(dir, 'marks.xlsx');
  writeFileSync(file, book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst }));
  const io = capture();
  expect(await main(['check', file, '--format', 'json', '--annotate', join(dir, 'out')], io)).toBe(2);
  expect(io.err).toBe(
    `perf-target：未写出“${join(dir, 'out', 'marks.checked.xlsx')}”：该工作簿太大，无法生成标注副本（要标注的单元格 50,001 个，上限 50,000），已跳过。检查结果不受影响；请把表格拆分到较小的工作簿后再生成标注副本。\n`,
  );
  expect((JSON.parse(io.out) as { summary: { warnings: number } }).summary.warnings).toBeGreaterThan(50_000);
}, 600_000);

test('cellsToMark counts distinct cells per sheet and stops just past the limit', () => {
  const f = (row: number, col: number) => ({ row, col }) as Finding;
  const bySheet = new Map<string, Finding[]>([
    ['a', [f(1, 1), f(1, 1), f(1, 2), f(2, 1)]],
    ['b', [f(1, 1), f(3, 3)]],
  ]);
  expect(cellsToMark(bySheet, 10)).toBe(5);
  expect(cellsToMark(bySheet, 3)).toBe(4);
  expect(cellsToMark(bySheet, 2)).toBe(3);
});
