/**
 * The compiled command line on many files: wall time with one worker and with several, checking
 * that the JSON report covers every file and every table.
 */
import { spawn, spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import type { ReportDoc } from '../src/core/review/report';

export const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'bin', 'perf-target.js');
const COMPILED = [join(ROOT, 'dist', 'cli', 'main.js'), join(ROOT, 'dist', 'cli', 'worker.js')];
const SOURCES = ['src/core', 'src/hosts/file', 'src/cli'].map((d) => join(ROOT, d));

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/cli is missing or older than a source it is compiled from. */
export function cliIsStale(): boolean {
  if (!COMPILED.every(existsSync)) return true;
  const built = Math.min(...COMPILED.map((f) => statSync(f).mtimeMs));
  return SOURCES.some((dir) => newestSource(dir) > built);
}

/**
 * Compiles the command line (`npm run build:cli`) so the figures are those of the current
 * sources. tsc still emits when another file has a type error; only a missing output is fatal.
 */
export function buildCli(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.cli.json')], { cwd: ROOT, encoding: 'utf8' });
  if (!COMPILED.every(existsSync)) throw new Error(`npm run build:cli failed:\n${r.stdout}${r.stderr}`);
  if (r.status !== 0) console.warn(`(build:cli reported type errors; the emitted code is used)\n${r.stdout.split('\n').slice(0, 5).join('\n')}`);
  // Then the check and the worker as one file each, as `npm run build:cli` leaves them.
  const b = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle-cli.js')], { cwd: ROOT, encoding: 'utf8' });
  if (b.status !== 0) throw new Error(`scripts/bundle-cli.js failed:\n${b.stdout}${b.stderr}`);
}

export interface CliRun {
  wallMs: number;
  /** CPU time of the command (all its threads, user + system), where the system tells it (Linux). */
  cpuMs: number | undefined;
  exitCode: number;
  doc: ReportDoc;
}

let clockTicks: number | undefined;

/**
 * CPU time used by this process's finished children (ms), from /proc/self/stat (cutime and
 * cstime); undefined elsewhere. CPU time next to wall time shows how busy the cores really were.
 */
export function childrenCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name in parentheses: state is field 3, cutime 16, cstime 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    clockTicks ??= Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
  } catch {
    return undefined;
  }
}

/** Runs `perf-target check <files> --format json [--jobs <jobs>]` and parses its report. */
export function runCli(files: string[], jobs?: number): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const cpu0 = childrenCpuMs();
    const t0 = performance.now();
    const child = spawn(process.execPath, [LAUNCHER, 'check', ...files, '--format', 'json', ...(jobs === undefined ? [] : ['--jobs', String(jobs)])], { cwd: ROOT });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      const stderr = Buffer.concat(err).toString('utf8').trim().split('\n').slice(0, 5).join('\n');
      const cpu1 = childrenCpuMs();
      const cpuMs = cpu0 === undefined || cpu1 === undefined ? undefined : cpu1 - cpu0;
      // 0: no errors, 1: errors found (the seed's own mistakes); 2 means a file failed.
      if (code !== 0 && code !== 1) {
        reject(new Error(`perf-target exited with ${code}: ${stderr}`));
        return;
      }
      try {
        resolve({ wallMs, cpuMs, exitCode: code, doc: JSON.parse(Buffer.concat(out).toString('utf8')) as ReportDoc });
      } catch (e) {
        reject(new Error(`perf-target (exit code ${code}) printed no JSON report (${(e as Error).message}); stderr:\n${stderr}`));
      }
    });
  });
}

/** What is wrong with a report of `files` files and `tables` tables; empty when it is right. */
export function reportProblems(doc: ReportDoc, files: number, tables: number): string[] {
  const problems: string[] = [];
  if (doc.summary.files !== files) problems.push(`summary.files is ${doc.summary.files}, expected ${files}`);
  if (doc.summary.tables !== tables) problems.push(`summary.tables is ${doc.summary.tables}, expected ${tables}`);
  const failed = doc.files.filter((f) => f.error !== undefined);
  if (failed.length > 0) problems.push(`${failed.length} files not read: ${failed[0].error}`);
  return problems;
}
