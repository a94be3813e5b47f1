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

/**
 * What a file that is neither a zip nor an OLE file holds, from its first 4 KB: a web page (what
 * many systems export as .xls, also saved as a single-file page, MHT), an Excel 2003 XML
 * Spreadsheet, plain text (CSV or tab-separated, UTF-8, UTF-16 or GBK), or something else.
 */
export function sniffOther(bytes: Uint8Array): 'html' | 'xml2003' | 'text' | 'other' {
  const head = bytes.subarray(0, 4096);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head.subarray(2));
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head.subarray(2));
  else {
    if (head.includes(0)) return 'other';
    text = new TextDecoder('latin1').decode(head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? head.subarray(3) : head);
  }
  const start = text.replace(/^\s+/, '').slice(0, 1024).toLowerCase();
  if (start.includes('urn:schemas-microsoft-com:office:spreadsheet') || start.includes('progid="excel.sheet"')) return 'xml2003';
  if (/^mime-version:/.test(start) || /^<(!doctype html|html|head|body|table|meta|style|title)[\s>]/.test(start) || /<html[\s>]/.test(start)) return 'html';
  if (start.startsWith('%pdf')) return 'other';
  if (start.startsWith('<?xml') && /<workbook[\s>]/.test(text.toLowerCase())) return 'xml2003';
  // Text: no control characters but tab, line ends and form feed (ESC aside, as in some CSVs).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) return 'other';
  }
  return text.trim() === '' ? 'other' : 'text';
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  if (bytes.length < magic.length) return false;
  return magic.every((b, i) => bytes[i] === b);
}

/** Bytes every XML part is full of (and UTF-16's high byte): a poor place to start a search from. */
const COMMON_BYTES = new Set([0x00, 0x20, 0x22, 0x2f, 0x3c, 0x3d, 0x3e]);

/** True when `bytes` contain `text` encoded as ASCII (utf16 false) or UTF-16LE (utf16 true). */
export function containsText(bytes: Uint8Array, text: string, utf16 = false): boolean {
  const pattern: number[] = [];
  for (const ch of text) {
    pattern.push(ch.charCodeAt(0) & 0xff);
    if (utf16) pattern.push(ch.charCodeAt(0) >> 8);
  }
  // The search jumps (indexOf) from one occurrence of the pattern's first byte that is not one of
  // XML's own: `<![CDATA[` from each `!`, not from each `<` of a worksheet's 200,000 cells.
  let anchor = 0;
  while (anchor < pattern.length - 1 && COMMON_BYTES.has(pattern[anchor])) anchor++;
  const byte = pattern[anchor];
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(byte, anchor); i >= 0 && i - anchor <= last; i = bytes.indexOf(byte, i + 1)) {
    const start = i - anchor;
    let j = 0;
    while (j < pattern.length && bytes[start + j] === pattern[j]) j++;
    if (j === pattern.length) return true;
  }
  return false;
}

/**
 * An OLE compound file is either an encrypted .xlsx (the package sits in an `EncryptedPackage`
 * stream) or a legacy .xls (a `Workbook` or `Book` stream). Stream names are stored in UTF-16LE.
 * The command line (./read.ts) and the preview (src/preview/read-model.ts) both ask it here.
 */
export function classifyCompoundFile(bytes: Uint8Array): 'encrypted' | 'legacy' {
  if (containsText(bytes, 'EncryptedPackage', true) || containsText(bytes, 'EncryptionInfo', true)) return 'encrypted';
  if (containsText(bytes, 'Workbook', true) || containsText(bytes, 'Book', true)) return 'legacy';
  return 'encrypted';
}
