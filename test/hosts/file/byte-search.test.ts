/**
 * The byte-level helpers every open runs over whole parts (the preview's fast loader, the command
 * line's readers): containsText and the table CRC-32. Same answers as the plain byte-by-byte way,
 * and, for containsText, counted work: on a worksheet of 2,000 tables (~200,000 cells) the search
 * for `<![CDATA[` stopped at every `<`.
 */
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { classifyCompoundFile, containsText } from '../../../src/hosts/file/sniff';
import { crc32Table } from '../../../src/hosts/file/zip-directory';

/** The plain search: every position. */
function naive(bytes: Uint8Array, text: string, utf16: boolean): boolean {
  const pattern: number[] = [];
  for (const ch of text) {
    pattern.push(ch.charCodeAt(0) & 0xff);
    if (utf16) pattern.push(ch.charCodeAt(0) >> 8);
  }
  if (pattern.length === 0) return false;
  for (let i = 0; i + pattern.length <= bytes.length; i++) {
    let j = 0;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

/** Bytes that count the jumps a search makes. */
class CountingBytes extends Uint8Array {
  jumps = 0;
  override indexOf(value: number, from?: number): number {
    this.jumps++;
    return super.indexOf(value, from);
  }
}

const ascii = (s: string) => new TextEncoder().encode(s);

describe('containsText', () => {
  it('answers as the byte-by-byte search, ASCII and UTF-16LE', () => {
    const alphabet = fc.constantFrom('<', '!', '[', 'C', 'D', 'A', 'T', ' ', '"', '=', '/', '>', 'x', 'l', '\u0000');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), fc.array(alphabet, { minLength: 1, maxLength: 6 }), fc.boolean(), (hay, needle, utf16) => {
        const bytes = ascii(hay.join(''));
        const text = needle.join('');
        expect(containsText(bytes, text, utf16)).toBe(naive(bytes, text, utf16));
      }),
      { numRuns: 3000 },
    );
    for (const text of ['<![CDATA[', 'xl/workbook.xml', '<', '"', 'Book']) {
      expect(containsText(ascii(`ab${text}`), text)).toBe(true);
      expect(containsText(ascii(`${text}ab`), text)).toBe(true);
      expect(containsText(ascii(text.slice(0, -1)), text)).toBe(false);
    }
  });

  it('reads a worksheet of 10,000 cells for `<![CDATA[` in a few jumps, not one per tag', () => {
    const xml = ascii(`<worksheet><sheetData><row r="1">${'<c r="A1" s="1" t="s"><v>12</v></c>'.repeat(10_000)}</row></sheetData></worksheet>`);
    const bytes = new CountingBytes(xml.length);
    bytes.set(xml);
    expect(containsText(bytes, '<![CDATA[')).toBe(false);
    // Before: a jump to each of the 40,000 `<`.
    expect(bytes.jumps).toBeLessThanOrEqual(2);
  });

  it('still tells an encrypted package from a legacy workbook by its UTF-16 stream names', () => {
    const utf16 = (s: string) => new Uint8Array([...s].flatMap((ch) => [ch.charCodeAt(0), 0]));
    expect(classifyCompoundFile(utf16('\u0000\u0000EncryptedPackage\u0000'))).toBe('encrypted');
    expect(classifyCompoundFile(utf16('Root Entry\u0000Workbook'))).toBe('legacy');
    expect(classifyCompoundFile(utf16('Root Entry\u0000Book'))).toBe('legacy');
    expect(classifyCompoundFile(utf16('Root Entry'))).toBe('encrypted');
  });
});

describe('crc32Table', () => {
  it("gives zlib's CRC-32 for every length and offset (eight bytes a step, then the rest)", () => {
    expect(crc32Table(ascii('123456789'))).toBe(0xcbf43926);
    expect(crc32Table(new Uint8Array(0))).toBe(0);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(7), (data, offset) => {
        const view = data.subarray(Math.min(offset, data.length));
        expect(crc32Table(view)).toBe(crc32(view) >>> 0);
      }),
      { numRuns: 2000 },
    );
  });
});
