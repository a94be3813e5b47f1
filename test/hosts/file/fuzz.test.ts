/**
 * Fuzzed fixtures (fast-check, fixed seed, bounded runs): the real fixtures mutated at the zip byte
 * level, at the XML level of their parts and at the cell level. Property: the reader returns grids
 * or throws a FileReadError (never another error), the engine checks every grid it returns without
 * throwing, and the work is bounded by counting it: never more inflated than the limit, never more
 * tags scanned than bytes inflated.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import JSZip from 'jszip';
import { checkSheet } from '../../../src/core/engine';
import { FileReadError, READ_LIMITS, readWorkbookDetailed } from '../../../src/hosts/file/read';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const sources = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.xlsx'))
  .sort()
  .map((f) => readFileSync(join(FIXTURES, f)));

/** How many fuzzed files were read (not refused), per test: the fuzzing must reach the engine. */
let read = 0;
beforeEach(() => (read = 0));

function property(bytes: Uint8Array): void {
  let book;
  try {
    book = readWorkbookDetailed(bytes, 'fuzzed.xlsx');
  } catch (err) {
    if (!(err instanceof FileReadError)) throw new Error(`not a FileReadError: ${String(err)}`);
    expect(err.message).not.toContain('\n');
    return;
  }
  expect(book.work.inflatedBytes).toBeLessThanOrEqual(READ_LIMITS.maxInflatedBytes);
  expect(book.work.tags).toBeLessThanOrEqual(book.work.inflatedBytes);
  for (const grid of book.grids) expect(() => checkSheet(grid, {})).not.toThrow();
  read++;
}

const source = fc.nat(sources.length - 1).map((i) => sources[i]);

test('zip bytes: flipped, cut, zeroed, inserted', () => {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
    fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), value: fc.constant(0) }),
    fc.record({ kind: fc.constant('zero' as const), at: fc.nat(), value: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  );
  fc.assert(
    fc.property(source, fc.array(edit, { minLength: 1, maxLength: 4 }), (bytes, edits) => {
      let b = Uint8Array.from(bytes);
      for (const e of edits) {
        const at = e.at % b.length;
        if (e.kind === 'flip') b[at] = e.value;
        else if (e.kind === 'cut') b = b.subarray(0, at);
        else if (e.kind === 'zero') b.fill(0, at, at + e.value);
        else b = Uint8Array.from([...b.subarray(0, at), e.value, ...b.subarray(at)]);
        if (b.length === 0) break;
      }
      property(b);
    }),
    { seed: 1204, numRuns: 300 },
  );
  expect(read).toBeGreaterThan(10);
});

const FRAGMENTS = [
  '<', '>', '&', '&amp;', '&#0;', '&#x110000;', '&unknown;', '"', "'", ']]>', '<![CDATA[x]]>', '<!--', '-->', '<?x?>',
  '<row r="0">', '<row r="1048577">', '<row>', '</row>', '<c r="XFE1">', '<c r="A1" t="s"><v>999999</v></c>', '<c t="s"><v>-1</v></c>',
  '<c r="B2" t="b"><v>x</v></c>', '<c r="C3" t="d"><v>2025-01-31T12:00:00Z</v></c>', '<c r="D4" t="e"><v>#N/A</v></c>', '<v>1e400</v>',
  '<mergeCell ref="A1:XFD1048576"/>', '<mergeCell ref="B2:A1"/>', '<mergeCell ref="zz"/>', '<is><r><t>run</t></r></is>', '<f t="shared" si="9"/>',
  '_x000D_', '\r\n', '\u0000', '\uFFFF', '项目名称', '<sheetData>', '</sheetData>', '</worksheet>', '<si><t>x</t></si>', '<xf numFmtId="14"/>',
];

test('XML of the parts: cut, duplicated and spliced with hostile fragments', async () => {
  const zips = await Promise.all(sources.map((b) => JSZip.loadAsync(b)));
  const parts = await Promise.all(
    zips.map(async (z) => {
      const names = Object.keys(z.files).filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings|styles|workbook)\.xml$/.test(n));
      return Promise.all(names.map(async (n) => [n, await z.file(n)!.async('string')] as const));
    }),
  );
  await fc.assert(
    fc.asyncProperty(
      fc.nat(sources.length - 1),
      fc.nat(),
      fc.array(fc.record({ at: fc.nat(), len: fc.nat(40), fragment: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), dup: fc.boolean() }), { minLength: 1, maxLength: 5 }),
      async (i, which, edits) => {
        const own = parts[i];
        const [name, original] = own[which % own.length];
        let xml = original;
        for (const e of edits) {
          const at = e.at % (xml.length + 1);
          xml = e.dup ? xml.slice(0, at) + xml.slice(at, at + e.len) + xml.slice(at) : xml.slice(0, at) + e.fragment + xml.slice(at + (e.len % 8));
        }
        const z = await JSZip.loadAsync(sources[i]);
        z.file(name, xml);
        property(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      },
    ),
    { seed: 1205, numRuns: 300 },
  );
  expect(read).toBeGreaterThan(100);
}, 120000);

test('cells: values replaced by hostile text, numbers, styles and types', async () => {
  const zips = await Promise.all(sources.map((b) => JSZip.loadAsync(b)));
  const sheets = await Promise.all(zips.map((z) => z.file('xl/worksheets/sheet1.xml')!.async('string')));
  const value = fc.oneof(fc.string({ maxLength: 20 }), fc.double().map(String), fc.constantFrom('', ' ', 'NaN', '-0', '1e308', '0x1F', '45000.5'));
  await fc.assert(
    fc.asyncProperty(
      fc.nat(sources.length - 1),
      fc.array(fc.record({ k: fc.nat(), v: value, t: fc.constantFrom(undefined, 's', 'str', 'b', 'e', 'n', 'd', 'inlineStr', 'x'), s: fc.option(fc.nat(40)) }), { minLength: 1, maxLength: 8 }),
      async (i, edits) => {
        let k = 0;
        const byIndex = new Map(edits.map((e) => [e.k % 200, e]));
        const xml = sheets[i].replace(/<c r="([A-Z]+\d+)"[^>]*?(\/>|>.*?<\/c>)/gs, (whole, a1: string) => {
          const e = byIndex.get(k++);
          if (!e) return whole;
          const esc = e.v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
          return `<c r="${a1}"${e.t ? ` t="${e.t}"` : ''}${e.s !== null ? ` s="${e.s}"` : ''}><v>${esc}</v></c>`;
        });
        const z = await JSZip.loadAsync(sources[i]);
        z.file('xl/worksheets/sheet1.xml', xml);
        property(await z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
      },
    ),
    { seed: 1206, numRuns: 200 },
  );
  expect(read).toBeGreaterThan(100);
}, 120000);
