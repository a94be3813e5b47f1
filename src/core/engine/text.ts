/**
 * Text normalisation shared by the locator and the rules.
 * Real sheets mix full-width and ASCII punctuation, inner spaces (`其中：财政    资金`) and
 * every kind of Unicode space; labels are compared after `labelKey`.
 */
import { isSpaceCode } from './grid';
import { memoText } from './memo';
import { toHalfWidth } from './width';

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
 * toHalfWidth lives in ./width, a module of its own: the task pane's first script needs it (a fix's
 * value compared as the engine compares it), and not the rest of this module (the traditional
 * characters' fold, the label keys).
 */
export { toHalfWidth };

/**
 * Traditional characters of the words the checker matches (labels, titles, level names, units, sign
 * words), each beside its simplified form: some pages are served through converters to traditional
 * characters (福建's 0477ly.com copy of a 2023 evaluation report, values39; 安溪县's 安農財〔2025〕31號 at
 * tst57ck.com, titles40), and a sheet copied from one reads `項目支出績效目標表`, `三級指標`, `不低於95%`.
 * A cheap fold of the characters our vocabulary uses, not a dictionary: one character for one (the
 * text keeps its length, so positions found in the folded text are the written text's), and only
 * characters no simplified text uses (no 乾, 著, 瞭), so simplified text is never changed.
 */
const TRADITIONAL =
  '項績標預數資財產質時濟會態續響滿務對稱實總體長劃計際執評價監調區轉門單級經萬個臺輛間場張戶處噸畝裡裏於達約減顯穩準確蓋補審匯彙變報復複說釋據來庫係業領錄負責聯電話開關發設備購運維護訓練專與為應進並決過結餘額撥規範編號請寫註頁構織組員參歲齡這傳統覽圍條塊優僅內層縣鄉鎮園醫療衛藥險環廢綠農糧種養樹積貧壓歷後隻週製鐘幾億學師兒檢測驗舉辦線網絡訊機車馬見貝東風飛魚鳥龍齊麥黃齒龜韋靑蹤跡導況違難災礎廳稅費貸債帳賬獎勵罰遲誤錯異擬籌綜類別屬權選擇職轄鄰邊緣團帶';
const SIMPLIFIED =
  '项绩标预数资财产质时济会态续响满务对称实总体长划计际执评价监调区转门单级经万个台辆间场张户处吨亩里里于达约减显稳准确盖补审汇汇变报复复说释据来库系业领录负责联电话开关发设备购运维护训练专与为应进并决过结余额拨规范编号请写注页构织组员参岁龄这传统览围条块优仅内层县乡镇园医疗卫药险环废绿农粮种养树积贫压历后只周制钟几亿学师儿检测验举办线网络讯机车马见贝东风飞鱼鸟龙齐麦黄齿龟韦青踪迹导况违难灾础厅税费贷债账账奖励罚迟误错异拟筹综类别属权选择职辖邻边缘团带';
const FOLD = new Map<number, string>(Array.from(TRADITIONAL, (c, i) => [c.charCodeAt(0), SIMPLIFIED.charAt(i)]));
const TRADITIONAL_RE = new RegExp(`[${TRADITIONAL}]`, 'g');

/**
 * The traditional characters of TRADITIONAL as their simplified forms (`項目績效` -> `项目绩效`), for
 * matching only: what is shown or written back to a cell keeps the characters as written.
 */
export function foldTraditional(s: string): string {
  // Most texts hold none: a look at each code unit says so, without the regular expression.
  let i = 0;
  while (i < s.length && !FOLD.has(s.charCodeAt(i))) i++;
  return i === s.length ? s : s.replace(TRADITIONAL_RE, (c) => FOLD.get(c.charCodeAt(0)) ?? c);
}

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
  return foldTraditional(toHalfWidth(stripSpaces(s))).replace(/[:*※]/g, '');
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
