/** manifest.xml against Microsoft's published manifest schemas (vendored in schemas/manifest), offline. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateAgainstXsd } from '../scripts/validate-manifest';
import { tempDir } from './helpers/temp-dir';

const ROOT = join(__dirname, '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function check(xml: string) {
  const file = join(tempDir('manifest'), 'manifest.xml');
  writeFileSync(file, xml);
  return validateAgainstXsd(file);
}

test('manifest.xml is valid against Microsoft’s schemas', () => {
  expect(validateAgainstXsd(join(ROOT, 'manifest.xml'))).toEqual([]);
});

test.each([
  ['an unknown element', MANIFEST.replace('<Hosts>', '<Hostz>').replace('</Hosts>', '</Hostz>'), 'Hostz'],
  ['a version with five parts', MANIFEST.replace(/<Version>[^<]*<\/Version>/, '<Version>1.0.0.0.0</Version>'), 'Version'],
  ['elements out of order', MANIFEST.replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1'), 'ProviderName'],
])('%s fails', (_label, xml, word) => {
  expect(xml).not.toBe(MANIFEST);
  const problems = check(xml);
  expect(problems.length).toBeGreaterThan(0);
  expect(problems.map((p) => p.message).join('\n')).toContain(word);
});

test('the vendored schemas carry the three fixes xmllint needs', () => {
  const dir = join(ROOT, 'schemas', 'manifest');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.xsd'))) {
    const text = readFileSync(join(dir, f), 'utf8');
    expect([f, text.includes('https://www.w3.org/2001/XMLSchema')]).toEqual([f, false]);
    expect([f, text.includes('}?"')]).toEqual([f, false]);
  }
  expect(readdirSync(dir)).toContain('ContentAppVersionOverridesV1_0.xsd');
});
