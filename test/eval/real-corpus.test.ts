/**
 * The real corpus in the test run: the committed workbooks are what the transcriptions build,
 * every file is valid, the checker reads each project table and names each table of another
 * kind. The figures themselves are printed by `npm run eval:real`; here they are kept from
 * falling below what this release measured (a floor, raised as the engine improves).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { realWorkbookBytes } from '../../scripts/make-real-corpus';
import { evaluateRealCorpus } from './real';
import { loadRealCorpus, REAL_XLSX, split } from './real-corpus';

const corpus = loadRealCorpus();

describe('the real corpus', () => {
  it('has 40 project tables or more from 20 units in 10 provinces, and 8 tables of other kinds', () => {
    const project = corpus.flatMap((f) => f.tables.filter((t) => t.kind === 'project'));
    const other = corpus.flatMap((f) => f.tables.filter((t) => t.kind !== 'project'));
    expect(project.length).toBeGreaterThanOrEqual(40);
    expect(other.length).toBeGreaterThanOrEqual(8);
    expect(new Set(corpus.map((f) => f.unit)).size).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((f) => f.province.replace(/（.*|\(.*/, ''))).size).toBeGreaterThanOrEqual(10);
    expect(new Set(corpus.map(split))).toEqual(new Set(['tune', 'holdout']));
  });

  it.each(corpus.map((f) => [f.id, f] as const))('%s: the committed workbook is what the transcription builds', async (id, f) => {
    const committed = readFileSync(join(REAL_XLSX, `${id}.xlsx`));
    expect(Buffer.from(await realWorkbookBytes(f)).equals(committed)).toBe(true);
  });

  it('scores at least what this release measured, on both parts', async () => {
    const { parts } = await evaluateRealCorpus(corpus);
    process.stdout.write(`real corpus: ${JSON.stringify(parts)}\n`);
    expect(parts.tune.projectTablesLocated / parts.tune.projectTables).toBeGreaterThanOrEqual(0.85);
    expect(parts.tune.recall).toBeGreaterThanOrEqual(0.75);
    // Holdout floors are what the holdout measures with stop 45's two new holdout sheets in it (19/24 located,
    // 70.7% recall; neither new sheet located on first contact). The floor follows the corpus measured; the
    // engine is never changed for a holdout figure, and the holdout's tables are not described here.
    expect(parts.holdout.projectTablesLocated / parts.holdout.projectTables).toBeGreaterThanOrEqual(0.79);
    expect(parts.holdout.recall).toBeGreaterThanOrEqual(0.7);
    expect(parts.tune.falseAlarmsPer10Tables).toBeLessThanOrEqual(1);
    expect(parts.holdout.falseAlarmsPer10Tables).toBeLessThanOrEqual(5);
    expect(parts.tune.nonProjectFindings).toBe(0);
    expect(parts.holdout.nonProjectFindings).toBe(0);
  });
});
