/**
 * The launcher ends the process as soon as main has returned and its output has gone out
 * (src/cli/main.ts exitWhenWritten), instead of waiting for the process to tear itself down.
 * Output to a pipe is asynchronous on POSIX: a report larger than the pipe's buffer, read slowly
 * by the other end, must still arrive whole, with the exit code and the stderr lines. Nothing here
 * measures time (jest's timeout is only a guard).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReportDoc } from '../../src/core/review/report';
import { book, tableXml } from '../helpers/hostile-unseen';
import { BIN, ensureCliCompiled } from '../helpers/cli-build';
import { tempDir } from '../helpers/temp-dir';

const tmp = tempDir('exit');
const N = 5_000;


beforeAll(() => {
  ensureCliCompiled();
}, 180_000);

/** Runs the launcher with stdout read in pieces, a pause after the first (the pipe fills up). */
function runSlowly(args: string[]): Promise<{ code: number | null; signal: string | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: tmp });
    const out: Buffer[] = [];
    let err = '';
    let paused = false;
    child.stdout.on('data', (d: Buffer) => {
      out.push(d);
      if (!paused) {
        paused = true;
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), 300);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out: Buffer.concat(out).toString('utf8'), err }));
  });
}

test('a report larger than the pipe, read slowly, arrives whole with the exit code and the stderr line', async () => {
  const head = ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值'];
  const rows: (string | number | null)[][] = [['项目名称', '2025年某项目'], ['预算数', 10], ['绩效目标', '完成。'], head];
  for (let i = 0; i < N; i++) rows.push(['产出指标', '数量指标', `指标${i}`, null, '100台']);
  const x = tableXml(rows);
  const file = join(tmp, 'many.xlsx');
  writeFileSync(file, book({ sheets: [{ name: 'S', body: x.sheetData }], sharedStrings: x.sst }));

  const json = await runSlowly(['check', file, '--format', 'json']);
  expect(json.signal).toBeNull();
  expect(Buffer.byteLength(json.out)).toBeGreaterThan(1024 * 1024); // well past a pipe's 64 KB
  const doc = JSON.parse(json.out) as ReportDoc;
  const findings = doc.files[0].sheets[0].tables.flatMap((t) => t.findings);
  expect(findings.filter((f) => f.rule === 'value/missing-sign')).toHaveLength(N);
  expect(json.code).toBe(doc.summary.errors > 0 ? 1 : 0);

  // With a file that cannot be read: its line on stderr, exit code 2, the report still whole.
  const text = await runSlowly(['check', file, join(tmp, 'missing.xlsx')]);
  expect(text.signal).toBeNull();
  expect(text.code).toBe(2);
  expect(text.err).toContain('missing.xlsx');
  expect(text.out.split('\n').filter((l) => l.includes('value/missing-sign'))).toHaveLength(N);
  expect(text.out).toMatch(/合计：2 个文件/);
}, 300_000);
