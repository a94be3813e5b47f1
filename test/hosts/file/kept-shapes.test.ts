/**
 * The lean reader's optimised code survives a full garbage collection between two reads (see
 * keepShape in src/hosts/file/xlsx-parse.ts and the limits in readWorkbookDetailed). Before, each
 * collection dropped the hidden classes of the objects a read makes and drops (its copy of the
 * limits, SheetScan, GridBuild), and V8 threw away the optimised code that checked for them
 * ("weak objects" in --trace-deopt): the next read ran the row and grid functions unoptimised and
 * compiled them again, about four times the CPU of a 200-table read.
 *
 * A child node reads one workbook sixteen times, a full collection before each, with
 * --trace-deopt; after the first four reads (warm-up, when V8 is still settling its feedback), none
 * of the functions named below may be thrown away for "weak objects" (readSheetData and scanXml
 * still are, once, around the fifth read, for an object not yet found). The workbook is the
 * benchmark's stacked tables (bench/generate.ts, made by us from the seed layouts: consistency,
 * not accuracy).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStackedWorkbook } from '../../../bench/generate';
import { loadSeed } from '../../../scripts/seed-layouts';

const ROOT = join(__dirname, '..', '..', '..');
const WATCHED = ['readRow', 'add', 'gridRow', 'gridRows', 'readMergeCell', 'refCorner', 'clipMerges'];

function driver(readModule: string): string {
  return `
import { readFileSync } from 'node:fs';
import { readWorkbookBytes } from ${JSON.stringify(readModule)};
const gc = (globalThis as { gc?: () => void }).gc as () => void;
const bytes = new Uint8Array(readFileSync(process.argv[2]));
(async () => {
  for (let i = 0; i < 16; i++) {
    gc();
    console.log('READ ' + i);
    await readWorkbookBytes(bytes, 'tables.xlsx');
  }
})();
`;
}

/** Per read (from 0), the watched functions thrown away for "weak objects" just before it. */
function weakDeopts(trace: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  let read = -1;
  for (const line of trace.split('\n')) {
    const m = /^READ (\d+)$/.exec(line);
    if (m) {
      read = Number(m[1]);
      continue;
    }
    if (!line.includes('reason: weak objects')) continue;
    const fn = /<SharedFunctionInfo (\w+)>/.exec(line)?.[1];
    if (fn === undefined || !WATCHED.includes(fn)) continue;
    const list = out.get(read) ?? [];
    list.push(fn);
    out.set(read, list);
  }
  return out;
}

describe('the lean reader after a full garbage collection', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kept-shapes-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its optimised code: no watched function is deoptimised for weak objects after warm-up', async () => {
    const file = await writeStackedWorkbook(join(dir, 'tables-200.xlsx'), loadSeed(), 200, 4);
    const script = join(dir, 'drive.ts');
    writeFileSync(script, driver(join(ROOT, 'src', 'hosts', 'file', 'read')));
    const r = spawnSync(process.execPath, ['--expose-gc', '--trace-deopt', '--import', 'tsx', script, file.path], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('READ 15');
    const late = [...weakDeopts(r.stdout)].filter(([read]) => read >= 4);
    expect(late).toEqual([]);
  });
});
