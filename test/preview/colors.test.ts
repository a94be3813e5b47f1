import { applyTint, cssBorder, cssColor } from '../../src/preview/colors';

/** Excel rounds its tints through its own HLS scale: allow a few units per channel. */
function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function expectNear(actual: string | undefined, expected: string): void {
  expect(actual).toMatch(/^#[0-9A-F]{6}$/);
  const a = channels(actual as string);
  channels(expected).forEach((e, i) => expect(Math.abs(a[i] - e)).toBeLessThanOrEqual(3));
}

describe('cssColor: exact colours', () => {
  test.each<[string | undefined, string | undefined]>([
    ['#ffc7ce', '#FFC7CE'],
    ['FFEB9C', '#FFEB9C'],
    ['theme:0', '#FFFFFF'],
    ['theme:1', '#000000'],
    ['theme:4', '#4472C4'],
    ['theme:9', '#70AD47'],
    ['indexed:10', '#FF0000'],
    ['indexed:22', '#C0C0C0'],
    ['indexed:64', '#000000'],
    ['indexed:65', '#FFFFFF'],
    // Nothing to name: no colour rather than a wrong one.
    [undefined, undefined],
    ['', undefined],
    ['theme:12', undefined],
    ['indexed:66', undefined],
    ['rgb(1,2,3)', undefined],
    ['#12345', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(cssColor(input)).toBe(expected);
  });
});

describe('cssColor: theme colours with a tint, as Excel shows them', () => {
  // Excel's colour picker: "White, Background 1, Darker 5% … 50%", "Blue, Accent 1, Lighter 80% … Darker 50%".
  test.each<[string, string]>([
    ['theme:0:-0.0499893185216834', '#F2F2F2'],
    ['theme:0:-0.1499984740745262', '#D9D9D9'],
    ['theme:0:-0.249977111117893', '#BFBFBF'],
    ['theme:0:-0.499984740745262', '#808080'],
    ['theme:1:0.499984740745262', '#808080'],
    ['theme:4:0.7999816888943144', '#D9E1F2'],
    ['theme:4:0.5999938962981048', '#B4C6E7'],
    ['theme:4:0.3999755851924192', '#8EA9DB'],
    ['theme:4:-0.249977111117893', '#305496'],
    ['theme:4:-0.499984740745262', '#203764'],
    ['theme:5:0.7999816888943144', '#FCE4D6'],
  ])('%s ≈ %s', (input, expected) => {
    expectNear(cssColor(input), expected);
  });

  test.each<[string, number, string]>([
    ['808080', 0, '808080'],
    ['808080', 1, 'FFFFFF'],
    ['808080', -1, '000000'],
    ['ff0000', 0, 'FF0000'],
  ])('applyTint(%s, %d) = %s', (hex, tint, expected) => {
    expect(applyTint(hex, tint)).toBe(expected);
  });
});

describe('cssBorder', () => {
  test.each<[Parameters<typeof cssBorder>[0], string | undefined]>([
    [{ style: 'thin' }, '1px solid #000000'],
    [{ style: 'thin', color: '#FF0000' }, '1px solid #FF0000'],
    [{ style: 'medium', color: 'theme:4' }, '2px solid #4472C4'],
    [{ style: 'thick' }, '3px solid #000000'],
    [{ style: 'double' }, '3px double #000000'],
    [{ style: 'dotted' }, '1px dotted #000000'],
    [{ style: 'hair' }, '1px dotted #000000'],
    [{ style: 'dashed' }, '1px dashed #000000'],
    [{ style: 'mediumDashDot' }, '2px dashed #000000'],
    // A style from a newer Excel still draws a line.
    [{ style: 'someNewStyle' }, '1px solid #000000'],
    [{ style: 'none' }, undefined],
    [undefined, undefined],
  ])('%j -> %s', (border, expected) => {
    expect(cssBorder(border)).toBe(expected);
  });
});
