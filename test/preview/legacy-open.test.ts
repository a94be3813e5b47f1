/**
 * The preview opens a legacy .xls (BIFF8) and a web page saved as .xls through the command line's
 * own readers (src/hosts/file/legacy-read.ts), into the stand-in's model (src/preview/legacy-model.ts):
 * over every legacy fixture, the preview's check path (readModel → stand-in → the add-in's
 * ExcelHost → the engine) gives the command line's report for the file: the same tables, kinds and
 * findings, messages and suggestions alike. What the readers refuse is refused in the user's
 * language, naming the file, never in a library's English; and the readers bring no Node API into
 * the page's bundles.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSheet } from '../../src/core/engine';
import { Grid, type GridInit, type Rect } from '../../src/core/engine/grid';
import type { SheetResult } from '../../src/core/model';
import { ExcelHost } from '../../src/hosts/excel';
import { readWorkbookBytes } from '../../src/hosts/file/read';
import { OpenError, readModel } from '../../src/preview/read-model';
import { createStandIn } from '../../src/standin';
import type { LoadProgress } from '../../src/standin/xlsx';
import { cells, compoundFile, EOF, record, u16, xlsFile } from '../helpers/xls-build';

const LEGACY = join(__dirname, '..', 'fixtures', 'legacy');
const FIXTURES = readdirSync(LEGACY).filter((f) => /\.(xls|html?)$/i.test(f)).sort();

/** What a reviewer reads in a sheet's report: each table's place and kind, each finding in full. */
function report(result: SheetResult): unknown {
  return {
    name: result.name,
    tables: result.tables.map((t) => ({
      range: t.table.range,
      kind: t.table.kind,
      findings: t.findings.map((f) => [f.rule, f.cell, f.severity, f.message, f.suggestion ?? null]),
    })),
    outside: result.findings.map((f) => [f.rule, f.cell, f.severity, f.message]),
  };
}

async function throughPreview(bytes: Uint8Array, name: string): Promise<GridInit[]> {
  const model = await readModel(bytes, name, 'zh-CN');
  const standIn = createStandIn(model, { platform: 'OfficeOnline' });
  const host = new ExcelHost({ run: standIn.run, isSetSupported: standIn.isSetSupported });
  const grids: GridInit[] = [];
  for (const sheet of model.sheets) grids.push(await host.readSheet(sheet.name));
  return grids;
}

test('there are legacy fixtures of both kinds', () => {
  expect(FIXTURES.filter((f) => f.endsWith('.xls')).length).toBeGreaterThanOrEqual(5);
  expect(FIXTURES.filter((f) => f.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
});

test.each(FIXTURES)('%s: the preview check path gives the command line’s report', async (file) => {
  const bytes = new Uint8Array(readFileSync(join(LEGACY, file)));
  const cli = (await readWorkbookBytes(bytes, file)).map((g) => report(checkSheet(g)));
  const preview = (await throughPreview(bytes, file)).map((g) => report(checkSheet(g)));
  expect(preview).toEqual(cli);
  // Something was found, except in values.*, which holds cell types and number formats, no table.
  if (!file.startsWith('values.')) expect(JSON.stringify(cli)).toMatch(/"range"/);
  // And the cells the engine reads: each value and the text it shows, the merged areas.
  const lean = await readWorkbookBytes(bytes, file);
  const shown = await throughPreview(bytes, file);
  expect(shown.length).toBe(lean.length);
  lean.forEach((g, i) => {
    const a = new Grid(g);
    const b = new Grid(shown[i]);
    const diffs: string[] = [];
    for (let r = 0; r <= Math.max(a.lastRow, b.lastRow); r++) {
      for (let c = 0; c <= Math.max(a.lastCol, b.lastCol); c++) {
        if (!Object.is(a.rawValue(r, c), b.rawValue(r, c)) || a.rawText(r, c) !== b.rawText(r, c)) {
          diffs.push(`${g.name} ${r},${c}: ${JSON.stringify([a.rawValue(r, c), a.rawText(r, c)])} vs ${JSON.stringify([b.rawValue(r, c), b.rawText(r, c)])}`);
        }
      }
    }
    expect(diffs.slice(0, 10)).toEqual([]);
    const order = (m: readonly Rect[]) => [...m].sort((x, y) => x.top - y.top || x.left - y.left);
    expect(order(shown[i].merges ?? [])).toEqual(order(g.merges ?? []));
  });
});

test('an .xls with a hidden row and column: the preview’s stand-in keeps them, and reads them back as the command line does', async () => {
  // COLINFO hiding column C, ROW hiding row 4 (fDyZero), then a 5×4 block of labels.
  const records = [
    ...record(0x007d, [...u16(2), ...u16(2), ...u16(2560), ...u16(15), ...u16(1), ...u16(0)]),
    ...record(0x0208, [...u16(3), ...u16(0), ...u16(3), ...u16(300), ...u16(0), ...u16(0), ...u16(0x120), ...u16(15)]),
  ];
  for (let r = 0; r < 5; r++) for (let c = 0; c < 4; c++) records.push(...cells.label(r, c, 'x'));
  const bytes = xlsFile([], [{ name: 'A', records }]);
  const [cli] = await readWorkbookBytes(bytes, 'h.xls');
  expect(cli.hidden).toEqual({ rows: [3], cols: [2] });
  const [shown] = await throughPreview(bytes, 'h.xls');
  expect(shown.hidden).toEqual(cli.hidden);
});

test('an .xls with merged areas keeps them; a web page’s sheet is named after the file', async () => {
  const xls = await readModel(new Uint8Array(readFileSync(join(LEGACY, 'l4-merged.xls'))), 'l4-merged.xls', 'zh-CN');
  expect(xls.sheets[0].merges.length).toBeGreaterThan(0);
  const html = await readModel(new Uint8Array(readFileSync(join(LEGACY, 'l1.html'))), '某单位导出.xls', 'zh-CN');
  expect(html.sheets.map((s) => s.name)).toEqual(['某单位导出']);
});

test('reading reports progress: parsing, then each sheet converted to its last row', async () => {
  const seen: LoadProgress[] = [];
  await readModel(new Uint8Array(readFileSync(join(LEGACY, 'stacked.xls'))), 'stacked.xls', 'zh-CN', { onProgress: (p) => seen.push(p) });
  expect(seen[0].phase).toBe('parsing');
  const last = seen[seen.length - 1];
  expect(last).toMatchObject({ phase: 'converting', sheet: last.sheets });
  expect(last.row).toBe(last.rows);
  expect(last.rows).toBeGreaterThan(0);
});

async function refusal(bytes: Uint8Array, name: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Promise<OpenError> {
  const err = await readModel(bytes, name, locale).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OpenError);
  return err as OpenError;
}

describe('refusals say why, naming the file, in the user’s language', () => {
  const encrypted = () => xlsFile(record(0x002f, [...u16(1), ...new Array<number>(52).fill(0)]), [{ name: 'A', records: [] }]);
  const biff5 = () => compoundFile([{ name: 'Book', data: new Uint8Array([...record(0x0809, [...u16(0x0500), ...u16(5), 0, 0, 0, 0]), ...EOF]) }]);

  test.each<[string, () => Uint8Array, OpenError['code'], string, string]>([
    ['加密.xls', encrypted, 'encrypted', '无法读取“加密.xls”：文件设有打开密码', 'password-protected'],
    ['旧.xls', biff5, 'not-xlsx', '无法读取“旧.xls”：这是 Excel 5.0/95 或更早版本保存的 .xls', 'Excel 5.0/95 or earlier'],
    ['坏.xls', () => new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', 'bad', 'legacy.xls'))), 'corrupt', '这个 .xls 文件已损坏（工作簿数据流不以 BOF 记录开头）', 'does not start with a BOF record'],
    ['页面.xls', () => new Uint8Array(Buffer.from('<html><body><p>没有表格</p></body></html>')), 'not-xlsx', '这是网页（HTML）文件，但其中没有表格', 'no table in it'],
    ['深.html', () => new Uint8Array(Buffer.from(`<html><body>${'<table><tr><td>'.repeat(70)}x</body></html>`)), 'corrupt', '表格嵌套超过 64 层', 'nested more than 64 deep'],
  ])('%s', async (name, make, code, zh, en) => {
    const err = await refusal(make(), name);
    expect(err.code).toBe(code);
    expect(err.message).toContain(zh);
    expect(err.message).not.toMatch(/compound file:|xls:|html:/);
    const english = await refusal(make(), name, 'en-US');
    expect(english.message).toContain(`"${name}"`);
    expect(english.message).toContain(en);
  });

  test('a sheet past the command line’s limits is refused with its line, not read on', async () => {
    // A web page with 1,100 columns in one row: past no Excel limit, but a row past Excel's 16,384 columns is.
    const wide = `<html><body><table><tr><td colspan="1000">a</td>${'<td colspan="1000">b</td>'.repeat(17)}</tr></table></body></html>`;
    const err = await refusal(new Uint8Array(Buffer.from(wide)), '宽.html');
    expect(err.message).toContain('“宽.html”');
    expect(err.message).not.toMatch(/[A-Za-z]{6,}Error|column-limit/);
  });
});

describe('no Node API reaches the page', () => {
  const SRC = join(__dirname, '..', '..', 'src');
  function graph(entry: string): Map<string, string[]> {
    const nodeImports = new Map<string, string[]>();
    const seen = new Set<string>();
    const todo = [entry];
    while (todo.length) {
      const file = todo.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      // Static imports and import(): the chunks the reading worker loads when a file needs them
      // (ExcelJS, the legacy readers) are part of what the page may run.
      for (const m of code.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'|require\('([^']+)'\)|\bimport\((?:\/\*[^*]*\*\/\s*)?'([^']+)'\)/gm)) {
        const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
        if (spec.startsWith('.')) {
          const base = join(file, '..', spec);
          const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c));
          if (target) todo.push(target);
        } else if (spec.startsWith('node:') || ['fs', 'path', 'os', 'zlib', 'child_process', 'worker_threads'].includes(spec)) {
          const rel = file.slice(SRC.length + 1);
          nodeImports.set(rel, [...(nodeImports.get(rel) ?? []), spec]);
        }
      }
    }
    return nodeImports;
  }

  test.each(['preview/open-worker.ts', 'preview/index.tsx'])('%s: the readers bring no Node module but the zip reader’s zlib, which the preview build leaves empty', (entry) => {
    const found = graph(join(SRC, entry));
    // The legacy readers are there (the test would pass vacuously otherwise).
    expect(readFileSync(join(SRC, 'preview', 'read-model.ts'), 'utf8')).toContain('./legacy-model');
    expect(Object.fromEntries(found)).toEqual({ 'hosts/file/zip.ts': ['node:zlib', 'node:zlib'] });
    // webpack.preview.config.js: `node:zlib` → `zlib` → an empty module (no polyfill, no Node API).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = (require('../../webpack.preview.config.js') as (env: object, argv: object) => { resolve: { fallback?: Record<string, unknown> } })({}, { mode: 'production' });
    expect(config.resolve.fallback).toEqual({ zlib: false });
  });
});
