/**
 * Full-width forms to half width, shared by the engine (./text) and the task pane's fixes
 * (src/core/review/fixes.ts), which import only this module.
 */

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

/** A full-width digit or decimal point (`９８`, `２６．５`): a number no other system reads. */
export function hasWideDigit(s: string): boolean {
  // By code unit (no string made per character): '０'…'９' and '．' are U+FF10…U+FF19 and U+FF0E, and
  // no half of a surrogate pair is one of them.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0xff10 && c <= 0xff19) || c === 0xff0e) return true;
  }
  return false;
}
