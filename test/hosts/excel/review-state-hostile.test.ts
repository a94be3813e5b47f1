/**
 * Review state a received workbook carries in its custom XML parts, crafted (sixth round of
 * hostile input): nothing it holds may hang the pane or hide a finding without the user seeing it.
 * Through the pane's ReviewController over the real ExcelHost over the stand-in.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../../src/cli/main';
import type { ReportDoc } from '../../../src/core/review/report';
import { readCustomXmlParts, relationshipTags, writeCustomXmlParts } from '../../../src/standin/customxml-file';
import { tableBook } from '../../helpers/hostile-unseen';
import { stateText, stateXml } from '../../../src/hosts/excel/state';
import type { applyIgnores } from '../../../src/core/review/ignore';
import { growthRatio, LINEAR_BOUND } from '../../helpers/growth';
import { reviewSetup, SHEET, workbook } from './review-fixtures';
import { rootNamespace } from '../../../src/standin';
import { tempDir } from '../../helpers/temp-dir';

const AT = '2025-01-01T00:00:00.000Z';

function withParts(parts: Record<string, string>) {
  const model = workbook(2);
  model.customXmlParts = Object.entries(parts).map(([, xml], i) => ({ id: `{${i + 1}}`, xml }));
  return model;
}

async function checked(parts: Record<string, string>) {
  const setup = reviewSetup(withParts(parts));
  await setup.controller.load();
  await setup.controller.session.checkSheet(SHEET);
  const split = setup.controller.split(setup.controller.session.results);
  return { ...setup, split };
}

/** Findings of the same workbook with no state at all. */
async function allFindings(): Promise<number> {
  const { split } = await checked({});
  return split.active.flatMap((r) => [...r.findings, ...r.tables.flatMap((t) => t.findings)]).length;
}

const count = (split: ReturnType<typeof applyIgnores>) => split.active.flatMap((r) => [...r.findings, ...r.tables.flatMap((t) => t.findings)]).length;

test('an ignore part of unclosed CDATA openers is read in linear time (the pattern retried each one to the end: 1.8 MB took 64 s)', () => {
  const xml = (n: number) => `<state xmlns="urn:perf-target:review:ignore" version="1">${'<![CDATA['.repeat(n)}</state>`;
  expect(stateText(xml(3))).toBe('<![CDATA['.repeat(3));
  // Closed sections still give their text, with the text around them unescaped.
  expect(stateText('<state>a&amp;<![CDATA[<b>&amp;]]>c<![CDATA[x</state>')).toBe('a&<b>&amp;c<![CDATA[x');
  expect(growthRatio((n) => stateText(xml(n)), 2_000, 3)).toBeLessThan(LINEAR_BOUND);
});

test('round 14: a part of comments and no root, or text between its comments: the pane loads, its namespace read in one pass', async () => {
  // Before: the root pattern let a comment run on over `--><!--`, trying 2^k ways (26 comments: a second; 40: hours).
  const part = (k: number) => `${'<!---->'.repeat(k)}x`;
  expect(rootNamespace(part(40))).toBeUndefined();
  expect(growthRatio((n) => rootNamespace(part(n)), 20, 3)).toBeLessThan(LINEAR_BOUND);
  // Good XML as before: a declaration, comments, the root's namespace or its prefix's.
  expect(rootNamespace('<?xml version="1.0"?>\n<!-- a --> <!-- b --><state xmlns="urn:x" version="1"/>')).toBe('urn:x');
  expect(rootNamespace('<p:state xmlns:p="urn:p" xmlns="urn:d"/>')).toBe('urn:p');
  expect(rootNamespace('<state/>')).toBe('');
  // Text between comments is no XML document (the pattern once read a root past it).
  expect(rootNamespace('<!-- a -->x<!-- b --><state xmlns="urn:x"/>')).toBeUndefined();
  const total = await allFindings();
  const { split } = await checked({ a: part(40), b: `<!--${'<!---->'.repeat(40)}` });
  expect(count(split)).toBe(total);
});

test('wildcards and whole-sheet ranges ignore nothing: entries name one sheet, cell and rule each', async () => {
  const total = await allFindings();
  const entries = [
    { sheet: '*', cell: 'F8', rule: 'value/missing-sign' },
    { sheet: SHEET, cell: '*', rule: 'value/missing-sign' },
    { sheet: SHEET, cell: 'A1:XFD1048576', rule: 'value/missing-sign' },
    { sheet: SHEET, cell: 'F8', rule: '*' },
    { sheet: SHEET, cell: 'F8', rule: 'value/*' },
    { sheet: SHEET, cell: 'F8', rule: '' },
    { sheet: SHEET, cell: 'F:F', rule: 'value/missing-sign' },
  ].map((e) => ({ ...e, reason: 'x', at: AT }));
  const { split, controller } = await checked({ ignore: stateXml('ignore', JSON.stringify({ version: 1, entries })) });
  expect(split.ignored).toHaveLength(0);
  expect(count(split)).toBe(total);
  // They are shown as coming from the file, and as matching nothing (the empty rule is dropped as bad).
  expect(controller.getState().fromFile?.ignores).toBe(6);
  expect(split.unmatched).toHaveLength(6);
  expect(controller.getState().stateProblems.join('')).toMatch(/1/);
});

test('100,000 ignore entries: loaded, counted as coming from the file, and only the findings they name are set apart', async () => {
  const total = await allFindings();
  const { split: plain } = await checked({});
  const real = plain.active.flatMap((r) => r.tables.flatMap((t) => t.findings)).slice(0, 3);
  const entries = [
    ...Array.from({ length: 100_000 - real.length }, (_, i) => ({ sheet: SHEET, cell: `Z${i + 1}`, rule: 'value/missing-sign', reason: '', at: AT })),
    ...real.map((f) => ({ sheet: SHEET, cell: f.cell, rule: f.rule, reason: '别人的记录', at: AT })),
  ];
  const { split, controller } = await checked({ ignore: stateXml('ignore', JSON.stringify({ version: 1, entries })) });
  expect(controller.getState().fromFile).toEqual({ ignores: 100_000, rulesOff: 0, otherSettings: false, journal: 0 });
  expect(split.ignored.map((i) => i.finding.cell)).toEqual(real.map((f) => f.cell));
  expect(count(split)).toBe(total - real.length);
  expect(split.unmatched).toHaveLength(100_000 - real.length);
}, 60_000);

test.each([
  ['not XML', 'this is not xml'],
  ['a root never closed', '<state xmlns="urn:perf-target:review:ignore">{"version":1,"entries":[]'],
  ['JSON cut short', stateXml('ignore', '{"version":1,"entries":[{"sheet":')],
  ['another version', stateXml('ignore', '{"version":2,"entries":[]}')],
  ['entries not a list', stateXml('ignore', '{"version":1,"entries":{"0":{}}}')],
  ['JSON nested 100,000 deep', stateXml('ignore', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
])('a damaged ignore part (%s) hides nothing and says so, or is read as empty', async (_name, xml) => {
  const total = await allFindings();
  const { split, controller } = await checked({ ignore: xml });
  expect(split.ignored).toHaveLength(0);
  expect(count(split)).toBe(total);
  const state = controller.getState();
  // Either the problem is shown in words, or there was nothing to read.
  if (state.stateProblems.length === 0) expect(state.ignores.entries).toHaveLength(0);
  else expect(state.stateProblems[0]).toMatch(/审阅数据|工作簿/);
});

test('a 10 MB ignore part of one long reason is read once and shown as coming from the file', async () => {
  const entries = [{ sheet: SHEET, cell: 'F8', rule: 'value/missing-sign', reason: '理'.repeat(3_500_000), at: AT }];
  const { controller, split } = await checked({ ignore: stateXml('ignore', JSON.stringify({ version: 1, entries })) });
  expect(controller.getState().fromFile?.ignores).toBe(1);
  expect(split.ignored.length + split.unmatched.length).toBe(1);
}, 60_000);

describe('the state in an .xlsx file', () => {
  const ignoreF8 = stateXml('ignore', JSON.stringify({ version: 1, entries: [{ sheet: '绩效目标表', cell: 'E8', rule: 'value/missing-sign', reason: '别人的记录', at: AT }] }));

  test('the preview reads each custom XML part once, however many relationships point at it (each was inflated and kept again)', async () => {
    const bytes = await writeCustomXmlParts(tableBook(), [{ id: '{1}', xml: ignoreF8 }]);
    const zip = await JSZip.loadAsync(bytes);
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    const again = Array.from({ length: 2_000 }, (_, i) => `<Relationship Id="rX${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>`).join('');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', `${again}</Relationships>`));
    const crafted = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const parts = await readCustomXmlParts(crafted);
    expect(parts).toHaveLength(1);
    expect(stateText(parts[0].xml)).toContain('别人的记录');
  });

  test('round 14: a custom XML item’s own relationships (a part ExcelJS never reads) of `<Relationship ` with no `>`: read in linear time, the part still read', async () => {
    // Before: the pattern ran from every `<Relationship` to the part's end (280 KB: 5.5 s; 4 MB: many minutes in the preview's tab).
    expect(growthRatio((n) => relationshipTags(`<Relationships>${'<Relationship '.repeat(n)}`), 2_000)).toBeLessThan(LINEAR_BOUND);
    expect(growthRatio((n) => relationshipTags(`<Relationships>${'<Relationship '.repeat(n)}</Relationships>`), 2_000)).toBeLessThan(LINEAR_BOUND);
    // What a tag is, as before: to its `>`, not `<Relationships`, none without a `>` after it.
    expect(relationshipTags('<Relationships><Relationship Id="a"/><Relationship Id="b" Target="x>y"/><Relationship Id="c"')).toEqual([' Id="a"', ' Id="b" Target="x']);
    const bytes = await writeCustomXmlParts(tableBook(), [{ id: '{1}', xml: ignoreF8 }]);
    const zip = await JSZip.loadAsync(bytes);
    const itemRels = Object.keys(zip.files).find((n) => /^customXml\/_rels\/item\d+\.xml\.rels$/.test(n)) ?? 'customXml/_rels/item1.xml.rels';
    zip.file(itemRels, `<Relationships>${'<Relationship '.repeat(5_000)}`);
    const parts = await readCustomXmlParts(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(parts).toHaveLength(1);
    expect(stateText(parts[0].xml)).toContain('别人的记录');
  });

  test('the command line does not read it: a file whose state ignores a finding and turns its rule off still reports it', async () => {
    const settings = stateXml('settings', JSON.stringify({ version: 1, settings: { scheme: 'auto', rules: { 'value/missing-sign': 'off' }, thresholds: {} } }));
    const bytes = await writeCustomXmlParts(tableBook(), [
      { id: '{1}', xml: ignoreF8 },
      { id: '{2}', xml: settings },
    ]);
    // The stand-in (the preview) sees the parts…
    expect((await readCustomXmlParts(bytes)).map((p) => stateText(p.xml)?.length ?? 0).every((n) => n > 0)).toBe(true);
    // …the command line reports the finding they would hide.
    const file = join(tempDir('state'), 'received.xlsx');
    writeFileSync(file, bytes);
    const io = { out: '', err: '', isTTY: false, stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
    await main(['check', file, '--format', 'json'], io);
    const doc = JSON.parse(io.out) as ReportDoc;
    const findings = doc.files[0].sheets[0].tables[0].findings;
    expect(findings.some((f) => f.rule === 'value/missing-sign' && f.cell === 'E8')).toBe(true);
    expect(doc.files[0]).not.toHaveProperty('ignored');
  }, 30_000);
});
