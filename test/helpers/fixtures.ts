/** Every .xlsx file under a folder (sorted, recursively): the fixtures the parity tests walk. */
import { readdirSync, statSync } from 'fs';
import { join } from 'path';

export const FIXTURES = join(__dirname, '..', 'fixtures');

export function xlsxUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...xlsxUnder(p));
    else if (name.endsWith('.xlsx')) out.push(p);
  }
  return out;
}
