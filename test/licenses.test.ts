import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACCEPTED, EXCEPTIONS, renderLicenses, runtimeDependencies } from '../scripts/licenses';

describe('runtime dependencies', () => {
  it('docs/licenses.md is up to date (run `npm run licenses`)', () => {
    expect(readFileSync(join(__dirname, '..', 'docs', 'licenses.md'), 'utf8')).toBe(renderLicenses());
  });

  it('every runtime dependency has an accepted licence or a documented exception', () => {
    const bad = runtimeDependencies().filter((d) => !ACCEPTED.has(d.license) && !EXCEPTIONS[`${d.name}@${d.version}`]);
    expect(bad).toEqual([]);
  });

  it('does not depend on the packages we ruled out', () => {
    const names = new Set(runtimeDependencies().map((d) => d.name));
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { dependencies: object; devDependencies: object };
    const all = new Set([...names, ...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);
    for (const banned of ['office-js', '@microsoft/office-js-helpers', 'xlsx', 'office-addin-debugging']) expect(all.has(banned)).toBe(false);
  });
});
