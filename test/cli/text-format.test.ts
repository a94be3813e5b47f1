/**
 * Display width of the text report's columns: printable ASCII one column, CJK and full-width
 * two, control characters none, a character outside the BMP (a surrogate pair) counted once.
 */
import { displayWidth, formatText, padEnd } from '../../src/cli/text-format';
import { buildReport } from '../../src/core/review/report';

/** The width by code points, as the report measured it before the ASCII shortcut. */
function byCodePoints(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0x303e) || (c >= 0x3041 && c <= 0x33ff) || (c >= 0x3400 && c <= 0x4dbf) ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xa000 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

test.each([
  ['F9', 2],
  ['content/trailing-punctuation', 28],
  ['指标值', 6],
  ['≥200次', 6],
  ['（全角）', 8],
  ['a\tb\u0085c', 3],
  ['𠀀x', 3],
  ['\ud800', 1],
  ['x\udc00', 2],
  ['', 0],
])('%j is %d columns wide', (s, w) => {
  expect(displayWidth(s)).toBe(w);
  expect(displayWidth(s)).toBe(byCodePoints(s));
});

test('padEnd pads to the display width', () => {
  expect(padEnd('表', 4)).toBe('表  ');
  expect(padEnd('A1', 4)).toBe('A1  ');
  expect(padEnd('超过宽度', 4)).toBe('超过宽度');
});

test('the summary says how many files could not be read: "错误 0" alone read as a clean batch (round 11)', () => {
  const doc = buildReport([
    { file: 'a.xlsx', sheets: [] },
    { file: 'b.xlsx', error: '无法读取“b.xlsx”：文件是空的（0 字节）。', sheets: [] },
    { file: 'c.xlsx', error: '无法读取“c.xlsx”：文件是空的（0 字节）。', sheets: [] },
  ]);
  const last = (s: string) => s.trimEnd().split('\n').pop();
  expect(last(formatText(doc, { color: false }))).toBe('合计：3 个文件，0 张表；错误 0，警告 0，提示 0；其中 2 个文件无法读取，没有检查（原因见错误提示）');
  expect(last(formatText(doc, { color: false, locale: 'en-US' }))).toBe('Total: 3 files, 0 tables; 0 errors, 0 warnings, 0 notes; 2 of the files could not be read and were not checked (see the error messages)');
  expect(last(formatText(buildReport([{ file: 'a.xlsx', sheets: [] }]), { color: false }))).toBe('合计：1 个文件，0 张表；错误 0，警告 0，提示 0');
});
