/**
 * The same real tables transcribed by another hand (test/fixtures/retranscribed, issue #11): each
 * re-transcription scored as `npm run eval:real` scores a file (test/eval/real.ts's evaluateFile),
 * beside its first transcription's score. A difference is a transcriber's habit the engine does not
 * tolerate (a table not located, a defect missed, a false alarm).
 *
 *   npx tsx scripts/retranscribed.ts [--details]
 *
 * Only tune files are re-transcribed; a file whose unit falls in the holdout part is refused.
 */
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { evaluateFile, type FalseAlarm, type Miss, type PartFigures } from '../test/eval/real';
import { loadRealCorpus, REAL_TABLES, REAL_XLSX, split, type RealFile } from '../test/eval/real-corpus';
import { realWorkbookBytes } from './make-real-corpus';

export const RETRANSCRIBED_DIR = resolve(__dirname, '..', 'test', 'fixtures', 'retranscribed');

export interface Score {
  located: number;
  projectTables: number;
  defects: number;
  found: number;
  falseAlarms: number;
  misses: Miss[];
  alarms: FalseAlarm[];
}

export interface Pair {
  id: string;
  original: Score;
  again: Score;
}

function emptyPart(): PartFigures {
  return { files: 0, projectTables: 0, projectTablesLocated: 0, otherTables: 0, otherTablesNamed: 0, defects: 0, defectsFound: 0, recall: 0, falseAlarms: 0, falseAlarmsPer10Tables: 0, nonProjectFindings: 0 };
}

async function score(f: RealFile, bytes: Uint8Array): Promise<Score> {
  const part = emptyPart();
  const misses: Miss[] = [];
  const alarms: FalseAlarm[] = [];
  await evaluateFile(f, bytes, part, misses, alarms);
  return { located: part.projectTablesLocated, projectTables: part.projectTables, defects: part.defects, found: part.defectsFound, falseAlarms: part.falseAlarms, misses, alarms };
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

const fmt = (s: Score): string => `located ${s.located}/${s.projectTables}  found ${s.found}/${s.defects}  false alarms ${s.falseAlarms}`;

async function main(): Promise<void> {
  const pairs = await scoreRetranscribed();
  const total = (pick: (p: Pair) => Score): Score =>
    pairs.map(pick).reduce((a, s) => ({ located: a.located + s.located, projectTables: a.projectTables + s.projectTables, defects: a.defects + s.defects, found: a.found + s.found, falseAlarms: a.falseAlarms + s.falseAlarms, misses: [], alarms: [] }));
  const w = Math.max(...pairs.map((p) => p.id.length));
  for (const p of pairs) console.log(`${p.id.padEnd(w)}  original: ${fmt(p.original)}   again: ${fmt(p.again)}`);
  console.log(`${'total'.padEnd(w)}  original: ${fmt(total((p) => p.original))}   again: ${fmt(total((p) => p.again))}`);
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
