import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { parseA1, rectToA1 } from '../../../src/core/engine/grid';
import type { Finding, Severity } from '../../../src/core/model';
import { annotateWorkbook, FileWriteError, noteText, SEVERITY_FILL } from '../../../src/hosts/file/annotate';
import { readWorkbook } from '../../../src/hosts/file/read';
import { buildWorkbook, workbookBytes } from '../../../src/hosts/file/write';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');

function finding(cell: string, severity: Severity, message: string, suggestion?: string, rule = 'test/rule'): Finding {
  const r = parseA1(cell);
  return {
    rule,
    category: 'value',
    severity,
    cell: rectToA1(r),
    row: r.top,
    col: r.left,
    table: 0,
    messageId: 'm',
    data: {},
    message,
    ...(suggestion ? { suggestion } : {}),
  };
}

async function load(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[0];
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.type === 'pattern' ? fill.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'perf-target-annotate-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('annotateWorkbook on the L1 fixture', () => {
  const findings = [
    finding('F14', 'warning', '“≥99百分之”中的“百分之”应写作“%”。', '≥99%'),
    finding('F14', 'error', '满意度指标值必须是 0–100 之间的百分比。'),
    finding('C4', 'info', '金额以文本形式保存。'),
    finding('G9', 'warning', '定性指标值只是重复了指标名称。'), // inside the merged F9:G9
    finding('A1:G14', 'error', '缺少成本指标。'), // whole table: on A1
  ];
  let input: string;
  let out: string;
  let before: Buffer;
  let mtime: number;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    input = join(tmp, 'l1.xlsx');
    out = join(tmp, 'l1.checked.xlsx');
    copyFileSync(join(FIXTURES, 'l1.xlsx'), input);
    before = readFileSync(input);
    mtime = statSync(input).mtimeMs;
    const summary = await annotateWorkbook(input, new Map([['Sheet1', findings]]), out);
    expect(summary).toEqual({ cells: 4, findings: 5 });
    ws = await load(out);
  });

  test('the input file is byte-identical and untouched', () => {
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });

  test('each flagged cell is filled by its most severe finding', () => {
    expect(fillOf(ws.getCell('F14'))).toBe(SEVERITY_FILL.error);
    expect(fillOf(ws.getCell('C4'))).toBe(SEVERITY_FILL.info);
    expect(fillOf(ws.getCell('F9'))).toBe(SEVERITY_FILL.warning);
    expect(fillOf(ws.getCell('A1'))).toBe(SEVERITY_FILL.error);
    expect(SEVERITY_FILL).toEqual({ error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' });
  });

  test('notes hold the messages and suggestions, most severe first', () => {
    expect(noteOf(ws.getCell('F14'))).toBe(
      ['绩效目标表助手：', '【错误】满意度指标值必须是 0–100 之间的百分比。', '【警告】“≥99百分之”中的“百分之”应写作“%”。', '建议：≥99%'].join('\n'),
    );
    expect(noteOf(ws.getCell('C4'))).toBe('绩效目标表助手：\n【提示】金额以文本形式保存。');
    expect(noteOf(ws.getCell('F9'))).toContain('【警告】定性指标值只是重复了指标名称。');
    expect(noteOf(ws.getCell('A1'))).toContain('【错误】缺少成本指标。');
  });

  test('other cells keep their look; one cell’s fill does not leak to cells that shared its style', () => {
    expect(fillOf(ws.getCell('F13'))).toBeUndefined();
    expect(noteOf(ws.getCell('F13'))).toBe('');
    expect(fillOf(ws.getCell('F8'))).toBeUndefined();
    expect(ws.getCell('F14').border?.top?.style).toBe('thin');
    expect(ws.getCell('F14').font?.name).toBe('宋体');
    expect(ws.getColumn(3).width).toBe(22);
  });

  test('values, texts, formats and merges of the copy are those of the input', async () => {
    const [a] = await readWorkbook(input);
    const [b] = await readWorkbook(out);
    expect(b).toEqual(a);
  });
});

describe('annotateWorkbook, other cases', () => {
  test('a note the user wrote is kept, ours goes below it', async () => {
    const bytes = await workbookBytes(
      buildWorkbook({ sheets: [{ name: '表', values: [['≥98%']], notes: [{ row: 0, col: 0, text: '用户自己的批注' }] }] }),
    );
    const out = join(tmp, 'note.xlsx');
    await annotateWorkbook(bytes, new Map([['表', [finding('A1', 'info', '全角符号。')]]]), out);
    const ws = await load(out);
    expect(noteOf(ws.getCell('A1'))).toBe('用户自己的批注\n\n绩效目标表助手：\n【提示】全角符号。');
  });

  test('writing over the input is refused and leaves it alone', async () => {
    const input = join(tmp, 'same.xlsx');
    copyFileSync(join(FIXTURES, 'l2.xlsx'), input);
    const before = readFileSync(input);
    const attempt = annotateWorkbook(input, new Map([['绩效目标表', [finding('E9', 'error', 'x')]]]), join(tmp, '.', 'same.xlsx'));
    await expect(attempt).rejects.toBeInstanceOf(FileWriteError);
    await expect(attempt).rejects.toMatchObject({ code: 'same-as-input', message: expect.stringContaining('原文件不会被修改') });
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  test('an output that cannot be written gives a one-line FileWriteError', async () => {
    const out = join(tmp, 'no-such-dir', 'out.xlsx');
    const attempt = annotateWorkbook(join(FIXTURES, 'l2.xlsx'), new Map(), out);
    await expect(attempt).rejects.toMatchObject({ code: 'write-failed', message: expect.stringMatching(/^无法写入“.*out\.xlsx”：[^\n]+$/) });
  });

  test('a sheet the workbook does not have is a bug, not a silent skip', async () => {
    const attempt = annotateWorkbook(join(FIXTURES, 'l2.xlsx'), new Map([['没有这个表', [finding('A1', 'error', 'x')]]]), join(tmp, 'x.xlsx'));
    await expect(attempt).rejects.toThrow('没有这个表');
  });

  test('notes in English', () => {
    const text = noteText([finding('A1', 'warning', '中文消息', '≥98%', 'no/such-rule')], 'en-US');
    expect(text).toBe('Performance target checker:\n【Warning】中文消息\nSuggestion: ≥98%');
  });
});
