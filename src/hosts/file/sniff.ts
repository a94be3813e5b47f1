/**
 * What kind of file a byte array holds, from its first bytes, and a plain byte search. No
 * dependencies, so the browser preview uses the same checks as the command line.
 */

const ZIP_MAGIC = [0x50, 0x4b];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the first bytes say a file is. */
export function sniffBytes(bytes: Uint8Array): 'empty' | 'zip' | 'cfb' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, CFB_MAGIC)) return 'cfb';
  if (startsWith(bytes, ZIP_MAGIC) && bytes.length >= 4 && bytes[2] < 0x10 && bytes[3] < 0x10) return 'zip';
  return 'other';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** True when `bytes` contain `text` encoded as ASCII (utf16 false) or UTF-16LE (utf16 true). */
export function containsText(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const pattern: number[] = [];
  for (const ch of text) {
    pattern.push(ch.charCodeAt(0) & 0xff);
    if (utf16) pattern.push(ch.charCodeAt(0) >> 8);
  }
  const first = pattern[0];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(first); i >= 0 && i <= last; i = bytes.indexOf(first, i + 1)) {
    let j = 1;
    while (j < pattern.length && bytes[i + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}
