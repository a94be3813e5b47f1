/**
 * The same real tables transcribed by another hand (test/fixtures/retranscribed, issue #11): each
 * re-transcription scored as `npm run eval:real` scores a file (test/eval/real.ts's evaluateFile),
 * beside its first transcription's score. A difference is a transcriber's habit the engine does not
 * tolerate (a table not located, a defect missed, a false alarm).
 *
 *   npx tsx scripts/retranscribed.ts [--details] [--habits] [--tune]
 *
 * `--habits` also scores each re-transcription with one more habit of another hand that neither of our
 * transcriptions took (HABITS: a blank row above the grid's header, a header over two rows, the title only in
 * the sheet's name, 单位：万元 on a row of its own, the money block in one row): the same real table, laid out otherwise, should score the same.
 *
 * `--tune` lays out every tune file of the real corpus (the first transcriptions) with each habit and
 * lists the variants that score or are found fault with otherwise (淮北 文旅 2025 with its header over
 * two rows lost its cut goals label, a false missing-goals error, before retrans42b's fix).
 *
 * Only tune files are re-transcribed; a file whose unit falls in the holdout part is refused.
 */
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { emptyPart, evaluateFile, type FalseAlarm, type Miss } from '../test/eval/real';
import { checkSheet } from '../src/core/engine';
import { Grid, parseA1, rectToA1, type CellValue, type Rect } from '../src/core/engine/grid';
import { readAmount } from '../src/core/engine/money';
import type { Field } from '../src/core/model';
import { readWorkbook } from '../src/hosts/file/read';
import { loadRealCorpus, REAL_TABLES, REAL_XLSX, split, type RealFile } from '../test/eval/real-corpus';
import { realWorkbookBytes } from './make-real-corpus';

export const RETRANSCRIBED_DIR = resolve(__dirname, '..', 'test', 'fixtures', 'retranscribed');

export interface Score {
  located: number;
  projectTables: number;
  defects: number;
  found: number;
  falseAlarms: number;
  /** Non-project tables (自评表, 部门整体, 区域 …): how many, how many named as such, and the errors/warnings on them (each should be 0). */
  otherTables: number;
  otherNamed: number;
  otherFindings: number;
  /** What was read of the project tables: indicators, and the budget's total / fiscal / other amounts. */
  reading: string[];
  /** Every finding on the sheet as `severity rule`, sorted: the same table laid out otherwise should get the same findings. */
  findings: string[];
  misses: Miss[];
  alarms: FalseAlarm[];
}

export interface Pair {
  id: string;
  original: Score;
  again: Score;
}

export async function score(f: RealFile, bytes: Uint8Array): Promise<Score> {
  const part = emptyPart();
  const misses: Miss[] = [];
  const alarms: FalseAlarm[] = [];
  await evaluateFile(f, bytes, part, misses, alarms);
  const [init] = await readWorkbook(bytes);
  const amount = (x: Field | undefined): string => (x ? String(readAmount(x).kind === 'ok' ? Number(x.text.replace(/[^\d.]/g, '')) : x.text) : '-');
  const sheet = checkSheet(new Grid(init));
  const findings = [...sheet.findings, ...sheet.tables.flatMap((t) => t.findings)].map((x) => `${x.severity} ${x.rule}`).sort();
  const reading = sheet.tables
    .filter((t) => (t.table.kind ?? 'project') === 'project')
    .map(({ table: t }) => `${t.indicators.length} indicators, budget ${amount(t.budget.total)}/${amount(t.budget.fiscal)}/${amount(t.budget.other)}`);
  return {
    located: part.projectTablesLocated,
    projectTables: part.projectTables,
    defects: part.defects,
    found: part.defectsFound,
    falseAlarms: part.falseAlarms,
    otherTables: part.otherTables,
    otherNamed: part.otherTablesNamed,
    otherFindings: part.nonProjectFindings,
    reading,
    findings,
    misses,
    alarms,
  };
}

export async function scoreRetranscribed(dir = RETRANSCRIBED_DIR): Promise<Pair[]> {
  const out: Pair[] = [];
  for (const again of loadRealCorpus(dir)) {
    if (split(again) !== 'tune') throw new Error(`${again.id}: only tune files may be re-transcribed`);
    const original = JSON.parse(readFileSync(join(REAL_TABLES, `${again.id}.json`), 'utf8')) as RealFile;
    if (split(original) !== 'tune') throw new Error(`${again.id}: the original is not a tune file`);
    out.push({
      id: again.id,
      original: await score(original, new Uint8Array(readFileSync(join(REAL_XLSX, `${original.id}.xlsx`)))),
      again: await score(again, await realWorkbookBytes(again)),
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Habits: a re-transcription laid out as yet another hand would, its labels moved with their cells.

/** An address (or `table`) with the rows from `at` on moved down by `n` (up, for a negative n; undefined when its rows are gone). */
function moveRows(a: string, at: number, n: number): string | undefined {
  if (a === 'table') return a;
  const r = parseA1(a);
  const move = (row: number): number => (row >= at ? row + n : row);
  if (n < 0 && r.top >= at && r.bottom < at - n) return undefined;
  const top = n < 0 && r.top >= at && r.top < at - n ? at : move(r.top);
  const out: Rect = { top, bottom: Math.max(top, move(r.bottom)), left: r.left, right: r.right };
  return out.top === out.bottom && out.left === out.right && !a.includes(':') ? rectToA1(out).split(':')[0] : rectToA1(out);
}

function withRows(f: RealFile, at: number, n: number, rows: (CellValue | undefined)[][]): RealFile {
  const keep = (a: string): string | undefined => moveRows(a, at, n);
  const width = Math.max(...f.rows.map((r) => r.length));
  const out: RealFile = {
    ...f,
    rows: [...f.rows.slice(0, at), ...rows.map((r) => [...r, ...Array<null>(Math.max(0, width - r.length)).fill(null)]), ...f.rows.slice(n < 0 ? at - n : at)],
    merges: (f.merges ?? []).flatMap((m) => keep(m) ?? []),
    numFmts: Object.fromEntries(Object.entries(f.numFmts ?? {}).flatMap(([k, v]) => (keep(k) ? [[keep(k), v]] : []))),
    tables: f.tables.map((t) => ({
      ...t,
      // Rows put in above the table (a notice pasted over it) move the whole table down.
      range: rectToA1({ ...parseA1(t.range), top: n > 0 && parseA1(t.range).top >= at ? parseA1(t.range).top + n : parseA1(t.range).top, bottom: parseA1(t.range).bottom + n }),
      ...(t.defects ? { defects: t.defects.flatMap((d) => (keep(d.cell) ? [{ ...d, cell: keep(d.cell) as string }] : [])) } : {}),
      ...(t.warnOk ? { warnOk: t.warnOk.flatMap((w) => (keep(w.cell) ? [{ ...w, cell: keep(w.cell) as string }] : [])) } : {}),
    })),
  };
  return out;
}

const cellText = (v: CellValue | undefined): string => (typeof v === 'string' ? v.replace(/\s/g, '') : '');
const headerRowOf = (f: RealFile): number => f.rows.findIndex((r) => r.some((v) => /^三级(指标)?$/.test(cellText(v))));
/** True when the grid's header is already over two rows: 绩效指标 on the row above the level names (湘西州特校 2023's list export). */
const groupRowAbove = (f: RealFile, h: number): boolean => h > 0 && f.rows[h - 1].some((v) => cellText(v) === '绩效指标');

/** Each habit: the file laid out so, or undefined where the file gives it no room. */
export const HABITS: Record<string, (f: RealFile) => RealFile | undefined> = {
  'a blank row above the grid header': (f) => {
    const h = headerRowOf(f);
    // Above the whole header: a blank row between a group row and the level names is no hand's habit.
    return h < 0 ? undefined : withRows(f, groupRowAbove(f, h) ? h - 1 : h, 1, [[]]);
  },
  // `绩效指标` over the grid's columns, the level names on the row below (a two-row header).
  'the header over two rows, 绩效指标 merged over the levels and values': (f) => {
    const h = headerRowOf(f);
    const first = h < 0 || groupRowAbove(f, h) ? -1 : f.rows[h].findIndex((v) => /^一级/.test(cellText(v)));
    if (first < 0) return undefined;
    const row: CellValue[] = [];
    row[first] = '绩效指标';
    const g = withRows(f, h, 1, [row]);
    const width = Math.max(...f.rows.map((r) => r.length));
    return { ...g, merges: [...(g.merges ?? []), rectToA1({ top: h, bottom: h, left: first, right: width - 1 })] };
  },
  // The title row left out, its text the sheet's name (Excel allows 31 characters and no []:*?/\\).
  'the title only in the sheet name': (f) => {
    const title = f.rows[0].filter((v) => v !== null && v !== undefined);
    const text = title.length === 1 && typeof title[0] === 'string' ? title[0].replace(/\s/g, '') : '';
    if (!/绩效.*表/.test(text) || f.tables.some((t) => [...(t.defects ?? []), ...(t.warnOk ?? [])].some((l) => l.cell !== 'table' && parseA1(l.cell).top === 0))) return undefined;
    return { ...withRows(f, 0, -1, []), sheet: text.replace(/[[\]:*?/\\]/g, '').slice(0, 31) };
  },
  '单位：万元 on a row of its own under the title, not in the labels': (f) => {
    const rows = f.rows.map((r) => r.map((v) => (typeof v === 'string' ? v.replace(/\s*[(（]万元[)）]/, '') : v)));
    if (rows.every((r, i) => r.every((v, j) => v === f.rows[i][j]))) return undefined;
    const width = Math.max(...f.rows.map((r) => r.length));
    const unit: CellValue[] = [];
    unit[width - 1] = '单位：万元';
    return withRows({ ...f, rows }, 1, 1, [unit]);
  },
  // `项目资金（万元）` merged down over its item | amount rows, laid out as one row of pairs instead.
  'the money block in one row': (f) => {
    const merges = (f.merges ?? []).map(parseA1);
    const block = merges.find((m) => m.left === 0 && m.bottom > m.top && /资金|投入/.test(cellText(f.rows[m.top][0])));
    if (!block) return undefined;
    const pairs: CellValue[] = [];
    for (let r = block.top; r <= block.bottom; r++) {
      const cells = f.rows[r].slice(1).filter((v) => v !== null && v !== undefined);
      if (cells.length > 2) return undefined;
      pairs.push(cells[0] ?? null, cells[1] ?? null);
    }
    const inBlock = (a: string): boolean => a !== 'table' && parseA1(a).top >= block.top && parseA1(a).top <= block.bottom;
    if (f.tables.some((t) => [...(t.defects ?? []), ...(t.warnOk ?? [])].some((l) => inBlock(l.cell)))) return undefined;
    const inside = (a: string): boolean => parseA1(a).bottom >= block.top && parseA1(a).top <= block.bottom;
    const n = block.bottom - block.top;
    const g = withRows({ ...f, merges: (f.merges ?? []).filter((m) => !inside(m)), numFmts: Object.fromEntries(Object.entries(f.numFmts ?? {}).filter(([k]) => !inside(k))) }, block.top + 1, -n, []);
    const width = Math.max(1 + pairs.length, ...g.rows.map((r) => r.length));
    const rows = g.rows.map((r, i) => (i === block.top ? [f.rows[block.top][0], ...pairs] : r)).map((r) => [...r, ...Array<null>(width - r.length).fill(null)]);
    return { ...g, rows, tables: g.tables.map((t) => ({ ...t, range: rectToA1({ ...parseA1(t.range), right: Math.max(parseA1(t.range).right, width - 1) }) })) };
  },
};

// Habits of a hand that copies the page whole (retrans43): tried on every tune file, they found one fault.
Object.assign(HABITS, {
  // The page pasted whole: the notice above the table, its attachment line naming the form it sends.
  // 宁晋 助学金 2019's scoring sheet was named by that line (a project's table) before its own title
  // right above its grid was read as its title (locate.ts, retrans43).
  'the notice pasted above, its attachment line naming a target table': (f: RealFile): RealFile | undefined =>
    withRows(f, 0, 4, [['关于下达2023年专项资金的通知'], ['各有关单位：现将有关资金下达给你们，请按照规定加强资金管理，确保专款专用，并做好绩效监控工作。'], ['附件：绩效目标表'], []]),
  // Merged cells lost on the way (a copy from a web page into a plain grid): the text stays in the first cell.
  'no merges (the text in the first cell of each)': (f: RealFile): RealFile | undefined => ((f.merges ?? []).length === 0 ? undefined : { ...f, merges: [] }),
} satisfies Record<string, (f: RealFile) => RealFile | undefined>);

export interface HabitScore {
  habit: string;
  id: string;
  score: Score;
}

/** Every habit on every re-transcription that gives it room. */
export async function scoreHabits(dir = RETRANSCRIBED_DIR): Promise<HabitScore[]> {
  const out: HabitScore[] = [];
  for (const f of loadRealCorpus(dir)) {
    if (split(f) !== 'tune') throw new Error(`${f.id}: only tune files may be re-transcribed`);
    for (const [habit, lay] of Object.entries(HABITS)) {
      const g = lay(f);
      if (g) out.push({ habit, id: f.id, score: await score(g, await realWorkbookBytes(g)) });
    }
  }
  return out;
}

/**
 * Every habit on every tune file of the real corpus (its first transcription) that gives it room: the
 * variants whose score or findings differ from the file's own. Only tune files are read.
 */
export async function habitsOnTune(): Promise<{ variants: number; differ: { habit: string; id: string; before: Score; after: Score }[] }> {
  const out: { habit: string; id: string; before: Score; after: Score }[] = [];
  let variants = 0;
  for (const name of readdirSync(REAL_TABLES).filter((n) => n.endsWith('.json'))) {
    const f = JSON.parse(readFileSync(join(REAL_TABLES, name), 'utf8')) as RealFile;
    if (split(f) !== 'tune') continue;
    let before: Score | undefined;
    for (const [habit, lay] of Object.entries(HABITS)) {
      const g = lay(f);
      if (!g) continue;
      variants++;
      before ??= await score(f, await realWorkbookBytes(f));
      const after = await score(g, await realWorkbookBytes(g));
      if (fmt(after) !== fmt(before) || after.findings.join() !== before.findings.join()) out.push({ habit, id: f.id, before, after });
    }
  }
  return { variants, differ: out };
}

const fmt = (s: Score): string =>
  `located ${s.located}/${s.projectTables}  found ${s.found}/${s.defects}  false alarms ${s.falseAlarms}${s.otherTables ? `  other named ${s.otherNamed}/${s.otherTables}, errors/warnings ${s.otherFindings}` : ''}`;

async function main(): Promise<void> {
  const pairs = await scoreRetranscribed();
  const total = (pick: (p: Pair) => Score): Score =>
    pairs.map(pick).reduce((a, s) => ({ located: a.located + s.located, projectTables: a.projectTables + s.projectTables, defects: a.defects + s.defects, found: a.found + s.found, falseAlarms: a.falseAlarms + s.falseAlarms, otherTables: a.otherTables + s.otherTables, otherNamed: a.otherNamed + s.otherNamed, otherFindings: a.otherFindings + s.otherFindings, reading: [], findings: [], misses: [], alarms: [] }));
  const w = Math.max(...pairs.map((p) => p.id.length));
  for (const p of pairs) console.log(`${p.id.padEnd(w)}  original: ${fmt(p.original)}   again: ${fmt(p.again)}`);
  console.log(`${'total'.padEnd(w)}  original: ${fmt(total((p) => p.original))}   again: ${fmt(total((p) => p.again))}`);
  if (process.argv.includes('--habits')) {
    for (const h of await scoreHabits()) {
      const again = pairs.find((p) => p.id === h.id)?.again;
      const same = again && fmt(again) === fmt(h.score) && again.reading.join() === h.score.reading.join();
      console.log(`${same ? '  same' : '  DIFF'} ${h.habit} — ${h.id}: ${fmt(h.score)}; ${h.score.reading.join('; ')}${same ? '' : ` (unvaried: ${again?.reading.join('; ')})`}`);
      if (!same) for (const a of h.score.alarms) console.log(`      alarm ${a.finding.cell} ${a.finding.severity} ${a.finding.rule} — ${a.finding.message}`);
      if (!same) for (const m of h.score.misses) console.log(`      miss ${m.label.cell} ${m.label.why}`);
    }
  }
  if (process.argv.includes('--tune')) {
    const { variants, differ } = await habitsOnTune();
    for (const d of differ) console.log(`  DIFF ${d.habit} — tune ${d.id}: ${fmt(d.before)} -> ${fmt(d.after)}`);
    console.log(`tune files with a habit: ${variants} variants, ${differ.length} differ`);
  }
  if (process.argv.includes('--details')) {
    for (const p of pairs) {
      for (const m of p.again.misses) console.log(`  again miss ${p.id} ${m.label.cell} [${m.label.category}/${m.label.severity}] ${JSON.stringify(m.text)} — ${m.label.why}${m.instead.length ? ` — instead: ${m.instead.join('; ')}` : ''}`);
      for (const a of p.again.alarms) console.log(`  again alarm ${p.id} ${a.finding.cell} ${a.finding.severity} ${a.finding.rule} ${JSON.stringify(a.text)} — ${a.finding.message}`);
      for (const m of p.original.misses) console.log(`  original miss ${p.id} ${m.label.cell} [${m.label.category}/${m.label.severity}] ${JSON.stringify(m.text)}`);
      for (const a of p.original.alarms) console.log(`  original alarm ${p.id} ${a.finding.cell} ${a.finding.severity} ${a.finding.rule} ${JSON.stringify(a.text)}`);
    }
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.stack : String(e));
    process.exit(1);
  });
}
