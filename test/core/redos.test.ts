/**
 * ReDoS (round 20): a workbook is untrusted input, and no pattern may take time growing faster than
 * the text it is given. Every regular expression of src/core, src/hosts, src/cli, src/preview,
 * src/legacy and src/taskpane — each literal (test/helpers/regex-literals.ts, the collector of the
 * back-tracking audit) and each module constant built with new RegExp — is given to the ReDoS
 * analyser recheck (test/helpers/redos.ts: pure-JavaScript backend, counts, no clock). The
 * back-tracking audit (regex-audit.test.ts) tries texts of a pattern's own alphabet; recheck
 * builds the attack from the pattern's automaton, and found what that audit missed: a prefix then a
 * run (`年度` + spaces + a year), a label over line breaks.
 *
 * A vulnerable pattern fails the test unless it is in ALLOWED: patterns whose every use is given a
 * short text, each with where that bound is. Verdicts are kept in redos-verdicts.json (a pattern
 * not there is analysed here, and the test asks for the file to be written again:
 * `npx tsx scripts/redos-verdicts.ts`).
 */
import { analyse, BUILT, builtKey, constructions, keptVerdicts, patterns, type Analysis } from '../helpers/redos';

/**
 * Vulnerable, and only ever given short texts (or none from a workbook): the pattern, and why.
 * Each was looked at in round 20 (recheck's attack string in brackets).
 */
const ALLOWED: Record<string, string> = {
  '/0+$/': 'decimal.ts toString: the fraction digits of a fixed-scale decimal (SCALE_DIGITS) [0 × n, then a non-zero]',
  '/\\.?0+$/': 'value.ts numberText: a JavaScript number with toFixed(20)',
  '/\\B(?=(\\d{3})+$)/g': 'money.ts groupThousands: the digits of a finite number (at most 309)',
  '/(中央|省级|市级|州级|自治区级?)(财政)?.*(专项)?资金绩效目标(申报)?表(\\([^()]{0,8}\\))?$/':
    'labels.ts titleKind: titles (isTitleText: at most 200 characters), loose titles (looseTitleKind: 80) and sheet names (31)',
  '/^[-—:：、，,]+|[-—:：、，,]+$/g': 'labels.ts projectOfTitle: a title of at most 200 characters',
  '/表\\s*(?:[(（][^()（）]{0,12}[)）])?\\s*$/': 'labels.ts isTitleText: at most 200 characters',
  '/^(?:[-—–－_]+\\s*\\d{1,4}\\s*[-—–－_]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,，、]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*\\/\\s*\\d{1,4}\\s*页)$/':
    'locate.ts PAGE_MARK_RE: isPageOrContinuedMark reads texts of at most 80 characters',
  '/(资金总额|预算总额|总预算|预算数|总投资|总金额|总额|总计|共计|合计|财政拨款资金|财政拨款|财政资金|财政补助|财政|其他资金|自有资金|自筹资金|单位自筹|单位资金|社会资金|自筹|其他)\\s*(?:[:：]|为|是)?\\s*((?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(亿元|万元|元|万)?/g':
    'locate.ts SENTENCE_AMOUNT_RE: budgetSentence reads texts of at most 400 characters',
  '/^\\s*((?:\\d{1,3}(?:[,，]\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(亿元|万元|元|万)?\\s*[（(，,;；]/': 'locate.ts SENTENCE_LEADING_RE: budgetSentence, at most 400 characters',
  '/^[(（]?\\s*(?:(?:填报|预算|申报)?年度\\s*[:：]?\\s*)?((?:19|20)\\d{2})\\s*(?:年度?)?\\s*[)）]?$/':
    'project-year-mismatch.ts YEAR_LINE_RE: the line under a title, read up to YEAR_LINE_MAX (40) characters (round 19)',
  '/(?:GB|HJ|JGJ|CJJ|DB\\d*|ISO|IEC|JT|SL|YY|WS|NY|QB|GA|SJ)\\s*(?:\\/\\s*T)?\\s*\\d/i':
    'qualitative-not-allowed.ts STANDARD_CODE_RE: given stripSpaces(text), which holds no white space, so its \\s* match nothing [needs a run of white space]',
  '/[([][^)\\]]*[)\\]]/g': 'taxonomy.ts remarkKeys: a level name’s key of at most 40 characters',
  '/[([]或?([^)\\]]*)[)\\]]/g': 'taxonomy.ts remarkKeys: at most 40 characters',
  '/(?:[(（[【]\\s*[+-]?[\\d０-９]+(?:[.．][\\d０-９]+)?\\s*分?\\s*[)）\\]】]|[\\d０-９]+(?:[.．][\\d０-９]+)?分)$/':
    'taxonomy.ts weightSuffix: the last 64 characters of a level name',
  '/(?:[([【](\\d+(?:\\.\\d+)?)分?[)\\]】]分?|(\\d+(?:\\.\\d+)?)分|[([【](\\d+(?:\\.\\d+)?)[-~～—–](\\d+(?:\\.\\d+)?)分?[)\\]】]分?)$/':
    'vocabulary.ts WEIGHT_SUFFIX_RE: taxonomy.ts matches it on the last TAIL (24) characters of a name’s key only',
  "/^'+|'+$/g": 'review/sheet-names.ts uniqueSheetName: a sheet name made by safeSheetName (31 characters) or the report’s name from the catalogue',
  "/^['\\s]+|['\\s]+$/g": 'review/template.ts safeSheetName: after slice(0, 31)',
  '/<meta[^>]*?charset\\s*=\\s*["\']?\\s*([A-Za-z0-9_.:-]{1,40})/i': 'html-read.ts metaCharset: the first 8,192 bytes of a page, once per file',
  '/[?#].*$/': 'legacy/commands.js: the add-in’s own page address (window.location.href), no workbook text',
  '/[^\\/]*$/': 'legacy/commands.js: the add-in’s own page address without its query, no workbook text',
  [String(BUILT['hosts/excel/host.ts new RegExp(`^(?:${COERCIBLE_PARTS.join(\'|\')})$`, \'i\')'])]:
    'host.ts COERCIBLE: given spacesOnce(value), every run of white space one space, so its adjacent \\s* cannot share out a run (regex-audit.test.ts times it on 32,767 characters)',
  [String(BUILT['core/engine/money.ts new RegExp(`^(.+?)${CN_POINT}(.+?)([万萬亿億]?元?)$`)'])]:
    'money.ts CN_POINT_RE: an amount in words of at most MAX_CN_AMOUNT (32) characters',
};

const all = patterns();
const kept = keptVerdicts();
const analysed = new Map<string, Analysis>();
/** The verdict kept for a pattern, else recheck's (the patterns analysed here are listed below). */
const verdictOf = (key: string, re: RegExp): Analysis => {
  const known = kept[key];
  if (known !== undefined) return { verdict: known };
  const a = analysed.get(key) ?? analyse(re);
  analysed.set(key, a);
  return a;
};

test('the scan finds the patterns (literals of every folder, and the built ones)', () => {
  expect(all.length).toBeGreaterThan(650);
  for (const dir of ['core/engine/', 'core/review/', 'hosts/', 'cli/', 'preview/', 'legacy/', 'taskpane/']) expect(all.some((p) => p.where.startsWith(dir))).toBe(true);
});

test('each new RegExp(…) is analysed or has its reason', () => {
  const sites = constructions().map(builtKey);
  expect(sites.filter((k) => BUILT[k] === undefined)).toEqual([]);
  expect(Object.keys(BUILT).filter((k) => !sites.includes(k))).toEqual([]);
});

test('no regular expression is vulnerable to ReDoS, but those only given short texts', () => {
  const vulnerable = all.filter((p) => verdictOf(p.key, p.re).verdict !== 'safe');
  // A vulnerable pattern with its attack string (analysed again if its verdict was kept).
  const explain = (p: (typeof all)[number]): string => {
    const a = analysed.get(p.key) ?? analyse(p.re);
    return `${p.where} ${p.key}: ${a.verdict} ${a.detail ?? ''}`;
  };
  expect(vulnerable.filter((p) => ALLOWED[p.key] === undefined).map(explain)).toEqual([]);
  // Each pattern allowed is still there, and still vulnerable (else it leaves the list).
  const found = new Set(vulnerable.map((p) => p.key));
  expect(Object.keys(ALLOWED).filter((k) => !found.has(k))).toEqual([]);
}, 1_200_000);

test('the kept verdicts are those of today’s patterns (else: npx tsx scripts/redos-verdicts.ts)', () => {
  const keys = new Set(all.map((p) => p.key));
  expect(all.filter((p) => kept[p.key] === undefined).map((p) => `${p.where} ${p.key}`)).toEqual([]);
  expect(Object.keys(kept).filter((k) => !keys.has(k))).toEqual([]);
});

test('the analyser finds the patterns fixed in round 20 as they were; as they are, they are safe', () => {
  // The span of years and the label over line breaks before this round: each took time growing
  // with the square of a padded cell's length (the tests beside their rules count it).
  for (const before of [
    /(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年/,
    /^\s*([^\s:：]{2,16})(?:[ \t\u3000]+|[ \t\u3000]*[\r\n]+\s*)(\S[^]*)$/,
  ]) {
    expect(analyse(before).verdict).toBe('vulnerable');
  }
  // As they are now: safe (kept verdicts, given by the same analyser).
  expect(kept[String(/(?:19|20)\d{2}\s*(?:年\s*)?[-—–~～至到]\s*(?:19|20)\d{2}\s*年/)]).toBe('safe');
  expect(kept[String(/^\s*([^\s:：]{2,16})(?:[ \t\u3000]+|[ \t\u3000]*[\r\n]\s*)(\S[^]*)$/)]).toBe('safe');
}, 600_000);
