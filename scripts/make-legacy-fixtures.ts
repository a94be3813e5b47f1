/**
 * Regenerates test/fixtures/legacy/: a few of our .xlsx fixtures and a few *tune* files of the
 * real corpus converted by LibreOffice to .xls (Excel 97–2003, BIFF8), to HTML (Calc's web-page
 * export) and to CSV (UTF-8, cells as shown; the first sheet only, as Calc writes it), for the
 * parity tests of the legacy readers (test/hosts/file/legacy-*.test.ts). (Calc's "MS Excel 2003
 * XML" export fails on every one of these files — its XSLT stops at `numberColumnsRepeated` —, so
 * the Excel 2003 XML reader's parity test writes its own: test/helpers/spreadsheetml.ts.)
 *
 *   apt-get install -y libreoffice-calc-nogui    (Debian)
 *   npx tsx scripts/make-legacy-fixtures.ts
 *
 * Holdout files of the real corpus are never converted, opened or named: the list is computed from
 * loadRealCorpus() and split() and only tune ids are used.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadRealCorpus, REAL_XLSX, split } from '../test/eval/real-corpus';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'test', 'fixtures', 'legacy');
/** Our fixtures: single-sheet ones with merges, numbers under formats, several tables. */
export const OWN = ['l1', 'l4-merged', 'values', 'stacked', 'side-by-side'];
/**
 * The tune files of the real corpus converted (the first four by id when the fixtures were made),
 * named, not worked out: a file added to the corpus later must not change which fixtures the tests
 * expect (corpus43's ah-guichi-tangxi-cunji-2022 sorted among the first four and its .xls was asked
 * for). Each must still be a tune file.
 */
const REAL_IDS = ['ah-bozhou-qixiang-2023', 'ah-guichi-tangxi-2022', 'ah-huaibei-wenlv-2025', 'ah-huoqiu-kejiju-2022'];

export function tuneIds(): string[] {
  const tune = new Set(
    loadRealCorpus()
      .filter((f) => split(f) === 'tune')
      .map((f) => f.id),
  );
  for (const id of REAL_IDS) if (!tune.has(id)) throw new Error(`${id} is not a tune file of the real corpus`);
  return REAL_IDS;
}

function convert(src: string, base: string, to: 'xls' | 'html' | 'csv'): void {
  const work = mkdtempSync(join(tmpdir(), 'legacy-fixtures-'));
  try {
    const input = join(work, `${base}.xlsx`);
    copyFileSync(src, input);
    const filter = to === 'xls' ? 'xls:MS Excel 97' : to === 'csv' ? 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true' : 'html:HTML (StarCalc)';
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', filter, '--outdir', work, input], { stdio: 'pipe' });
    const made = join(work, `${base}.${to}`);
    const target = join(OUT, `${base}.${to}`);
    renameSync(made, target);
    if (statSync(target).size > 100 * 1024) throw new Error(`${target} is over 100 KB`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module) {
  for (const name of readdirSync(OUT)) if (/\.(xls|html|csv)$/.test(name)) rmSync(join(OUT, name));
  for (const id of OWN) for (const to of ['xls', 'html', 'csv'] as const) convert(join(ROOT, 'test', 'fixtures', `${id}.xlsx`), id, to);
  for (const id of tuneIds()) for (const to of ['xls', 'html', 'csv'] as const) convert(join(REAL_XLSX, `${id}.xlsx`), `real-${id}`, to);
  console.log(`written to ${OUT}`);
}
