/**
 * Writes test/core/redos-verdicts.json: recheck's verdict on every regular expression of the
 * sources (test/helpers/redos.ts), the kept ones reused, the others analysed (seconds each on a
 * small machine), patterns no longer in the sources dropped. `--all` analyses every pattern again.
 * Run after adding or changing a pattern; test/core/redos.test.ts fails until the file is written.
 */
import { analyse, keptVerdicts, patterns, writeVerdicts, type Verdict } from '../test/helpers/redos';

const again = process.argv.includes('--all');
const kept = again ? {} : keptVerdicts();
const verdicts: Record<string, Verdict> = {};
for (const p of patterns()) {
  const known = kept[p.key];
  if (known !== undefined) {
    verdicts[p.key] = known;
    continue;
  }
  const a = analyse(p.re);
  verdicts[p.key] = a.verdict;
  console.log(`${a.verdict} ${p.where} ${p.key}${a.detail ? ` — ${a.detail}` : ''}`);
}
writeVerdicts(verdicts);
console.log(`${Object.keys(verdicts).length} verdicts written`);
