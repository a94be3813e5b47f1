import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { main, type Io } from '../../src/cli/main';
import { buildWorkbook, workbookBytes } from '../../src/hosts/file/write';
import { readWorkbook } from '../../src/hosts/file/read';
import type { ReportDoc } from '../../src/core/review/report';
import type { CellValue } from '../../src/core/engine/grid';
import { tempDir } from '../helpers/temp-dir';

function capture(): Io & { out: string; err: string } {
  const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

const dir = tempDir('cli');

// The command line loads each command on first use; under ts-jest that first load compiles the
// engine and the reader, so it is done here rather than inside the first test's time.
beforeAll(async () => {
  await Promise.all([import('../../src/cli/check'), import('../../src/cli/check-file'), import('../../src/cli/annotate'), import('../../src/cli/template')]);
}, 60_000);

/** A small L2 table with a sum mismatch (error) and a value without a sign (warning). */
const TABLE: CellValue[][] = [
  ['项目名称', '2025年检察业务装备购置项目-2025中央'],
  ['预算数', 12, '其中：财政资金', 11],
  ['其他资金', null],
  ['资金用途', '用于购买堡垒机'],
  ['绩效目标', '1.完成我院非国产设备国产化替代工作。'],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'],
  ['产出指标', '数量指标', '设备数量', '设备数量', '≥1台'],
  [null, '质量指标', '设备合格率', '设备合格率', '100%'],
  [null, '时效指标', '最低使用年限', '最低使用年限', '≥5年'],
  [null, '成本指标', '设备总价', '设备总价', '≤12万元'],
  ['效益指标', '社会效益指标', '网络安全性', '网络符合商用密码安全性评估要求', '提高商用密码安全性'],
  ['满意度指标', '服务对象满意度指标', '设备使用人满意度', '设备使用人满意度', '≥99%'],
];

async function writeXlsx(name: string, values: CellValue[][]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await workbookBytes(buildWorkbook({ sheets: [{ name: '绩效目标表', values }] })));
  return path;
}

describe('perf-target check', () => {
  let bad: string;
  let clean: string;
  beforeAll(async () => {
    bad = await writeXlsx('bad.xlsx', TABLE);
    const fixed = TABLE.map((r) => [...r]);
    fixed[1][3] = 12;
    fixed[7][4] = '＝100%';
    clean = await writeXlsx('clean.xlsx', fixed);
  });

  it('prints a Chinese table and exits 1 when there are errors', async () => {
    const io = capture();
    expect(await main(['check', bad], io)).toBe(1);
    expect(io.out).toContain('工作表「绩效目标表」');
    expect(io.out).toContain('2025年检察业务装备购置项目-2025中央');
    expect(io.out).toMatch(/B2\s+错误\s+budget\/sum-mismatch/);
    expect(io.out).toMatch(/E8\s+警告\s+value\/missing-sign.*建议：＝100%/);
    expect(io.out).toMatch(/合计：1 个文件，1 张表；错误 \d+，警告 \d+，提示 \d+/);
    expect(io.err).toBe('');
  });

  it('exits 0 on a file with no errors', async () => {
    const io = capture();
    expect(await main(['check', clean], io)).toBe(0);
  });

  it('prints one JSON document in the contract of SPEC §6', async () => {
    const io = capture();
    expect(await main(['check', bad, '--format', 'json'], io)).toBe(1);
    const doc = JSON.parse(io.out) as ReportDoc;
    expect(doc.version).toBe(1);
    expect(doc.files[0].file).toBe(bad);
    const [table] = doc.files[0].sheets[0].tables;
    expect(table.range).toBe('A1:E12');
    expect(table.project).toBe('2025年检察业务装备购置项目-2025中央');
    expect(table.scheme).toBe('2015');
    expect(table.budget).toEqual({ total: 12, fiscal: 11, other: 0, unit: '万元' });
    expect(table.findings).toContainEqual(expect.objectContaining({ rule: 'value/missing-sign', category: 'value', severity: 'warning', cell: 'E8', suggestion: '＝100%' }));
    expect(doc.summary).toMatchObject({ files: 1, tables: 1 });
    expect(doc.summary.errors).toBeGreaterThan(0);
    expect(doc.files[0].sheets[0].findings).toEqual([]);
  });

  it('checks the other files when one cannot be read, and exits 2 with one Chinese line per bad file', async () => {
    const text = join(dir, 'notes.xlsx');
    writeFileSync(text, '这不是表格');
    const folder = join(dir, 'folder.xlsx');
    mkdirSync(folder, { recursive: true });
    const io = capture();
    const code = await main(['check', join(dir, 'missing.xlsx'), text, folder, clean, '--format', 'json'], io);
    expect(code).toBe(2);
    const doc = JSON.parse(io.out) as ReportDoc;
    expect(doc.files.map((f) => !!f.error)).toEqual([true, true, true, false]);
    expect(doc.files[3].sheets[0].tables).toHaveLength(1);
    const lines = io.err.trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) {
      expect(line).toMatch(/[\u4e00-\u9fff]/);
      expect(line).not.toMatch(/\bat .*\(|Error:/);
    }
    expect(lines[0]).toContain('missing.xlsx');
  });

  it('rejects bad arguments with exit 2 and a Chinese message', async () => {
    for (const args of [['check'], ['check', clean, '--format', 'xml'], ['check', clean, '--scheme', '2019'], ['check', clean, '--bogus'], ['frobnicate']]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
      expect(io.err).toMatch(/^perf-target：参数有误：.+/);
      expect(io.err.trim().split('\n')).toHaveLength(1);
    }
  });

  it('--scheme forces the scheme', async () => {
    const io = capture();
    await main(['check', clean, '--format', 'json', '--scheme', '2021'], io);
    const doc = JSON.parse(io.out) as ReportDoc;
    expect(doc.files[0].sheets[0].tables[0].scheme).toBe('2021');
  });

  it('--config turns rules off and overrides severities', async () => {
    const config = join(dir, 'settings.json');
    writeFileSync(config, JSON.stringify({ rules: { 'budget/sum-mismatch': 'off', 'value/missing-sign': 'error' } }));
    const io = capture();
    await main(['check', bad, '--format', 'json', '--config', config], io);
    const findings = (JSON.parse(io.out) as ReportDoc).files[0].sheets[0].tables[0].findings;
    expect(findings.some((f) => f.rule === 'budget/sum-mismatch')).toBe(false);
    expect(findings.find((f) => f.rule === 'value/missing-sign')?.severity).toBe('error');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{nope');
    const io2 = capture();
    expect(await main(['check', bad, '--config', broken], io2)).toBe(2);
    expect(io2.err).toContain('broken.json');
  });

  it('--annotate writes a marked copy and never touches the input', async () => {
    const before = readFileSync(bad);
    const mtime = statSync(bad).mtimeMs;
    const out = join(dir, 'annotated');
    const io = capture();
    await main(['check', bad, '--annotate', out], io);
    expect(readFileSync(bad)).toEqual(before);
    expect(statSync(bad).mtimeMs).toBe(mtime);
    const copy = join(out, 'bad.checked.xlsx');
    const grids = await readWorkbook(readFileSync(copy));
    expect(grids[0].values[1][1]).toBe(12); // values unchanged in the copy
    expect(io.err).toContain('bad.checked.xlsx');
  });

  it('lists the rules and prints help', async () => {
    const io = capture();
    expect(await main(['rules'], io)).toBe(0);
    expect(io.out).toContain('value/missing-sign');
    const help = capture();
    expect(await main(['--help'], help)).toBe(0);
    expect(help.out).toContain('perf-target check');
  });

  it('rules ID prints that rule\'s page; an unknown id is refused with exit code 2', async () => {
    const io = capture();
    expect(await main(['rules', 'value/missing-sign'], io)).toBe(0);
    expect(io.out).toContain('为什么重要');
    expect(io.out).toContain('✓ 正确示例：＝100%');
    const en = capture();
    expect(await main(['rules', 'value/missing-sign', '--lang', 'en'], en)).toBe(0);
    expect(en.out).toContain('Why it matters');
    const bad = capture();
    expect(await main(['rules', 'value/no-such'], bad)).toBe(2);
    expect(bad.err).toContain('没有规则“value/no-such”');
  });
});

describe('perf-target template', () => {
  it('writes a blank template that checks as one table', async () => {
    const out = join(dir, 'blank.xlsx');
    const io = capture();
    expect(await main(['template', '--scheme', '2021', '--unit', '元', '--project', '2026年测试项目', '--out', out], io)).toBe(0);
    const check = capture();
    await main(['check', out, '--format', 'json'], check);
    const doc = JSON.parse(check.out) as ReportDoc;
    const tables = doc.files[0].sheets.flatMap((s) => s.tables);
    expect(tables).toHaveLength(1);
    expect(tables[0].project).toBe('2026年测试项目');
    expect(tables[0].scheme).toBe('2021');
    expect(tables[0].budget.unit).toBe('元');
  });

  it('rejects bad template arguments', async () => {
    for (const args of [['template'], ['template', '--unit', '美元', '--out', 'x.xlsx'], ['template', '--rows', '0', '--out', 'x.xlsx']]) {
      const io = capture();
      expect(await main(args, io)).toBe(2);
    }
  });
});
