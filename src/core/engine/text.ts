/**
 * Text normalisation shared by the locator and the rules.
 * Real sheets mix full-width and ASCII punctuation, inner spaces (`其中：财政    资金`) and
 * every kind of Unicode space; labels are compared after `labelKey`.
 */
import { isSpaceCode } from './grid';
import { memoText } from './memo';

/**
 * A list number before a label or a level name, on a key (half-width, no spaces): `(一)`, `1)`,
 * `一、`, `1.`, `2、`, the one-character numbers `①` `⑴` `⒈` and Roman `Ⅱ、`. One pattern for the
 * labels, the level names and the outline headings.
 */
export const LIST_NUMBER_RE = /^(?:\(?[一二三四五六七八九十\d]{1,3}\)|[一二三四五六七八九十\d]{1,3}[、.]|[\u2460-\u249b][、.]?|[\u2160-\u216b][、.])/;

/**
 * White space and the characters that show nothing (isSpaceCode's class): controls, the soft
 * hyphen, zero-width joiners, word joiner, bidi marks, embeddings, overrides and isolates,
 * variation selectors, Hangul fillers. `项目\u200D名称` or `三级\u202E指标` reads as 项目名称 to the
 * reviewer; matched as anything else, the table would silently go unfound.
 */
const INVISIBLE =
  '\\s\\u0000-\\u001f\\u007f-\\u00a0\\u00ad\\u034f\\u061c\\u115f\\u1160\\u1680\\u17b4\\u17b5\\u180b-\\u180f\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u206f\\u3000\\u3164\\ufe00-\\ufe0f\\ufeff\\uffa0\\ufff9-\\ufffb';
export const SPACE_RE = new RegExp(`[${INVISIBLE}]+`, 'g');

/**
 * The 214 Kangxi radicals (U+2F00–U+2FD5) as the ideographs they look like (their NFKC form):
 * text copied from a PDF (published budget documents) often holds `项⽬名称` with U+2F6C for 目.
 * A table, not String.prototype.normalize, which the legacy pane's Internet Explorer lacks.
 */
const KANGXI =
  '一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠';

/**
 * Full-width ASCII variants (！ to ～) to their ASCII form; the ideographic space to a space; a
 * Kangxi radical to its ideograph.
 */
export function toHalfWidth(s: string): string {
  // Most texts have no full-width character: a look at each code unit says so, and the text is
  // returned as it is, without starting the regular expression (a call per text of every row).
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff01 && c <= 0xff5e) || c === 0x3000 || (c >= 0x2f00 && c <= 0x2fd5)) break;
  }
  if (i === s.length) return s;
  // One regular-expression pass: no string built a character at a time (a 1 MB cell would make
  // a million-piece rope for the garbage collector).
  return s.replace(WIDE_RE, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x3000) return ' ';
    return code < 0x3000 ? KANGXI.charAt(code - 0x2f00) : String.fromCharCode(code - 0xfee0);
  });
}

const WIDE_RE = /[\uff01-\uff5e\u3000\u2f00-\u2fd5]/g;

/** Removes every kind of white space, including inner and ideographic spaces. */
export function stripSpaces(s: string): string {
  // The same test first, a code unit at a time (isSpaceCode is SPACE_RE's class): a text with no
  // space at all, most of them, is returned without a regular-expression call.
  let i = 0;
  while (i < s.length && !isSpaceCode(s.charCodeAt(i))) i++;
  return i === s.length ? s : s.replace(SPACE_RE, '');
}

/** Collapses runs of white space to one ASCII space and trims. */
export function squashSpaces(s: string): string {
  return s.replace(SPACE_RE, ' ').trim();
}

/**
 * The key under which a label is compared: no spaces, half-width, no colons, no trailing
 * asterisks or weight markers kept. `其中：财政    资金` -> `其中财政资金`.
 */
export function labelKey(s: string): string {
  return labelKeyMemo(s);
}

function labelKeyUncached(s: string): string {
  return toHalfWidth(stripSpaces(s)).replace(/[:*※]/g, '');
}

const labelKeyMemo = memoText(labelKeyUncached);

/** Like labelKey but also drops punctuation, for comparing free texts (a value vs its name). */
export function contentKey(s: string): string {
  return contentKeyMemo(s);
}

function contentKeyUncached(s: string): string {
  return toHalfWidth(stripSpaces(s))
    .replace(/[\p{P}\p{S}]/gu, '')
    .toLowerCase();
}

const contentKeyMemo = memoText(contentKeyUncached);

/** True if `s` contains any white space that is not a single ASCII space between words. */
export function hasStraySpace(s: string): boolean {
  if (s !== s.trim()) return true;
  return STRAY_RE.test(s.replace(/\n/g, ''));
}

/** Any invisible character but the ASCII space, tab and line ends, or two spaces in a row. */
const STRAY_RE =
  /[\u0000-\u0008\u000e-\u001f\u007f-\u00a0\u00ad\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\s{2,}/;
