/**
 * Check settings a bureau can vary (scheme, rules on or off, severity overrides, thresholds):
 * validated the same way whether they come from the command line's `--config` file or from the
 * settings saved in a workbook, so both accept exactly the same documents.
 *
 * Validation keeps every valid part and drops every invalid one with a message saying what is
 * wrong and what is allowed: a typo in one rule id must not throw away the rest of a bureau's
 * settings, but the command line still refuses the file (it exits on any error).
 */
import { t, type TextKey } from '../i18n';
import { clipText } from '../i18n/format';
import type { CheckSettings, Locale, MessageData, SchemeChoice, Severity } from '../model';
import { RULES, RULES_BY_ID } from '../engine/rules';
import { editDistance } from '../engine/taxonomy';
import { defaultSettings } from './default-settings';

export { defaultSettings } from './default-settings';

export interface SettingsValidation {
  /** The defaults with every valid part of the input applied. */
  settings: CheckSettings;
  /** One message per problem, in the requested locale (Chinese by default); empty when valid. */
  errors: string[];
}

export type RuleChoice = 'off' | Severity;

export const SCHEME_CHOICES: readonly SchemeChoice[] = ['auto', '2015', '2021'];
export const RULE_CHOICES: readonly RuleChoice[] = ['off', 'error', 'warning', 'info'];
const TOP_KEYS = ['scheme', 'rules', 'thresholds'] as const;
const THRESHOLD_KEYS = ['minSatisfaction'] as const;


function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A value as it is shown in a message: strings as written, anything else as JSON, clipped as a
 * cell is quoted (clipText: its start, …, its end). A settings file of one 200,000-character value
 * made a 200,000-character error line (hostile45 round).
 */
function shownValue(v: unknown): string {
  if (typeof v === 'string') return clipText(v);
  if (v === undefined) return 'undefined';
  return clipText(JSON.stringify(v) ?? String(v));
}

/** The known rule id nearest to a misspelt one, when it is close (at most three edits). */
export function nearestRuleId(id: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  // Characters as editDistance counts them (rule ids are ASCII: one unit each).
  const length = [...id].length;
  for (const rule of RULES) {
    // The distance is at least the difference in length: an id far longer than every rule id
    // (a forged settings part can hold megabytes of them) is compared with none.
    if (Math.abs(length - rule.meta.id.length) >= bestDistance) continue;
    const d = editDistance(id, rule.meta.id);
    if (d < bestDistance) {
      best = rule.meta.id;
      bestDistance = d;
    }
  }
  return best;
}

class Problems {
  readonly errors: string[] = [];
  constructor(private readonly locale: Locale) {}
  add(key: TextKey, data?: MessageData): void {
    this.errors.push(t(key, this.locale, data));
  }
}

function readScheme(v: unknown, out: CheckSettings, p: Problems): void {
  if (typeof v === 'string' && (SCHEME_CHOICES as readonly string[]).includes(v)) out.scheme = v as SchemeChoice;
  else p.add('review.settings.error.scheme', { value: shownValue(v) });
}

function readRules(v: unknown, out: CheckSettings, p: Problems): void {
  if (!isPlainObject(v)) {
    p.add('review.settings.error.rulesNotObject', { value: shownValue(v) });
    return;
  }
  for (const [id, choice] of Object.entries(v)) {
    if (!RULES_BY_ID.has(id)) {
      const near = nearestRuleId(id);
      if (near) p.add('review.settings.error.unknownRuleNear', { rule: clipText(id), near });
      else p.add('review.settings.error.unknownRule', { rule: clipText(id) });
      continue;
    }
    if (typeof choice === 'string' && (RULE_CHOICES as readonly string[]).includes(choice)) out.rules[id] = choice as RuleChoice;
    else p.add('review.settings.error.ruleValue', { rule: id, value: shownValue(choice) });
  }
}

function readThresholds(v: unknown, out: CheckSettings, p: Problems): void {
  if (!isPlainObject(v)) {
    p.add('review.settings.error.thresholdsNotObject', { value: shownValue(v) });
    return;
  }
  for (const [key, value] of Object.entries(v)) {
    if (!(THRESHOLD_KEYS as readonly string[]).includes(key)) {
      p.add('review.settings.error.unknownThreshold', { key: clipText(key), known: THRESHOLD_KEYS.join('、') });
      continue;
    }
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 100) out.thresholds.minSatisfaction = value;
    else p.add('review.settings.error.minSatisfaction', { value: shownValue(value) });
  }
}

/**
 * Checks a settings document (parsed JSON, or anything) against CheckSettings. Missing parts take
 * their defaults; unknown keys are errors (a misspelt key would otherwise be silently ignored).
 */
export function validateSettings(input: unknown, locale: Locale = 'zh-CN'): SettingsValidation {
  const settings = defaultSettings();
  const p = new Problems(locale);
  if (!isPlainObject(input)) {
    p.add('review.settings.error.notObject', { value: shownValue(input) });
    return { settings, errors: p.errors };
  }
  for (const [key, value] of Object.entries(input)) {
    if (key === 'scheme') readScheme(value, settings, p);
    else if (key === 'rules') readRules(value, settings, p);
    else if (key === 'thresholds') readThresholds(value, settings, p);
    else p.add('review.settings.error.unknownKey', { key: clipText(key), known: TOP_KEYS.join('、') });
  }
  return { settings, errors: p.errors };
}

/** What a rule does under these settings: off, or the severity it reports with. */
export function ruleChoice(settings: CheckSettings, ruleId: string): RuleChoice {
  const override = settings.rules[ruleId];
  if (override !== undefined) return override;
  return RULES_BY_ID.get(ruleId)?.meta.severity ?? 'warning';
}

/** Settings with one rule set; a choice equal to the rule's default drops the override. */
export function withRuleChoice(settings: CheckSettings, ruleId: string, choice: RuleChoice): CheckSettings {
  const rules = { ...settings.rules };
  if (RULES_BY_ID.get(ruleId)?.meta.severity === choice) delete rules[ruleId];
  else rules[ruleId] = choice;
  return { ...settings, rules };
}

/** True when the settings change nothing (overrides equal to defaults count as nothing). */
export function isDefault(settings: CheckSettings): boolean {
  const d = defaultSettings();
  if (settings.scheme !== d.scheme || settings.thresholds.minSatisfaction !== d.thresholds.minSatisfaction) return false;
  return Object.entries(settings.rules).every(([id, choice]) => RULES_BY_ID.get(id)?.meta.severity === choice);
}

/** Version of the stored form; parseStoredSettings reads this version and bare settings. */
export const SETTINGS_VERSION = 1;

/** The form saved in a workbook: `{"version":1,"settings":{…}}`. */
export function serializeSettings(settings: CheckSettings): string {
  return JSON.stringify({ version: SETTINGS_VERSION, settings });
}

/** Reads what serializeSettings wrote; anything unreadable gives the defaults and the reasons. */
export function parseStoredSettings(text: string, locale: Locale = 'zh-CN'): SettingsValidation {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    return { settings: defaultSettings(), errors: [t('review.state.badJson', locale, { detail: (err as Error).message })] };
  }
  if (isPlainObject(doc) && 'version' in doc) {
    if (doc.version !== SETTINGS_VERSION) {
      return { settings: defaultSettings(), errors: [t('review.state.badVersion', locale, { version: shownValue(doc.version) })] };
    }
    return validateSettings(doc.settings, locale);
  }
  return validateSettings(doc, locale);
}

/**
 * One line (empty when there is nothing to say) on what the review state saved in a workbook
 * changes in a check: rules turned off or given another severity, scheme or threshold changed,
 * findings ignored, and parts that could not be read. A workbook is untrusted input: whatever it
 * switches off or hides must be said wherever its saved state is applied (the ribbon's one-click
 * check as much as the pane, which shows its own notice).
 */
export function savedStateNote(settings: CheckSettings, ignored: number, unreadable: number, locale: Locale = 'zh-CN'): string {
  let off = 0;
  let severity = 0;
  for (const rule of RULES) {
    const choice = ruleChoice(settings, rule.meta.id);
    if (choice === 'off') off++;
    else if (choice !== rule.meta.severity) severity++;
  }
  const d = defaultSettings();
  const parts: string[] = [];
  if (off > 0) parts.push(t('review.saved.rulesOff', locale, { count: off }));
  if (severity > 0) parts.push(t('review.saved.severity', locale, { count: severity }));
  if (settings.scheme !== d.scheme || settings.thresholds.minSatisfaction !== d.thresholds.minSatisfaction) parts.push(t('review.saved.other', locale));
  if (ignored > 0) parts.push(t('review.saved.ignored', locale, { count: ignored }));
  if (unreadable > 0) parts.push(t('review.saved.unreadable', locale, { count: unreadable }));
  return parts.length === 0 ? '' : t('review.saved.note', locale, { parts: parts.join(t('review.saved.separator', locale)) });
}
