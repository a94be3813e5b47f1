import {
  defaultSettings,
  isDefault,
  nearestRuleId,
  parseStoredSettings,
  ruleChoice,
  serializeSettings,
  validateSettings,
  withRuleChoice,
} from '../../src/core/review/settings';
import { DEFAULT_SETTINGS, type CheckSettings } from '../../src/core/model';
// The settings' English texts come with the section of the part that shows them (the command line's, the
// pane's) or the ribbon's loader: imported here as such a part does.
import '../../src/core/i18n/base-en';

describe('validateSettings: valid documents', () => {
  test.each<[string, unknown, CheckSettings]>([
    ['empty object: the defaults', {}, { scheme: 'auto', rules: {}, thresholds: { minSatisfaction: 0 } }],
    ['scheme 2021', { scheme: '2021' }, { scheme: '2021', rules: {}, thresholds: { minSatisfaction: 0 } }],
    ['scheme 2015', { scheme: '2015' }, { scheme: '2015', rules: {}, thresholds: { minSatisfaction: 0 } }],
    [
      'rules off and severity overrides',
      { rules: { 'value/wan-unit': 'off', 'value/missing-sign': 'error', 'content/stray-space': 'info' } },
      { scheme: 'auto', rules: { 'value/wan-unit': 'off', 'value/missing-sign': 'error', 'content/stray-space': 'info' }, thresholds: { minSatisfaction: 0 } },
    ],
    ['minSatisfaction 85', { thresholds: { minSatisfaction: 85 } }, { scheme: 'auto', rules: {}, thresholds: { minSatisfaction: 85 } }],
    ['minSatisfaction 0 and 100 are bounds', { thresholds: { minSatisfaction: 100 } }, { scheme: 'auto', rules: {}, thresholds: { minSatisfaction: 100 } }],
    ['decimal threshold', { thresholds: { minSatisfaction: 87.5 } }, { scheme: 'auto', rules: {}, thresholds: { minSatisfaction: 87.5 } }],
    ['empty rules and thresholds', { rules: {}, thresholds: {} }, { scheme: 'auto', rules: {}, thresholds: { minSatisfaction: 0 } }],
  ])('%s', (_name, input, expected) => {
    const { settings, errors } = validateSettings(input);
    expect(errors).toEqual([]);
    expect(settings).toEqual(expected);
  });
});

describe('validateSettings: invalid documents say what is wrong in Chinese, and keep the valid parts', () => {
  test.each<[string, unknown, string[], Partial<CheckSettings>]>([
    ['not an object', [1, 2], ['设置应为一个 JSON 对象'], {}],
    ['null', null, ['设置应为一个 JSON 对象（如 {"scheme": "auto"}），而不是“null”'], {}],
    ['a string', 'auto', ['而不是“auto”'], {}],
    ['unknown key', { schme: '2015' }, ['未知的设置项“schme”（可用的设置项：scheme、rules、thresholds）'], {}],
    ['bad scheme', { scheme: '2019' }, ['scheme 只能是 auto、2015 或 2021，而不是“2019”'], {}],
    ['scheme as a number', { scheme: 2015 }, ['而不是“2015”'], {}],
    ['rules as an array', { rules: ['value/wan-unit'] }, ['rules 应为对象'], {}],
    ['misspelt rule id', { rules: { 'value/wan-unti': 'off' } }, ['未知的规则“value/wan-unti”，是否应为“value/wan-unit”？'], {}],
    ['unknown rule id', { rules: { 'x/nothing-like-it': 'off' } }, ['未知的规则“x/nothing-like-it”（运行 perf-target rules 可查看全部规则）'], {}],
    ['bad rule value', { rules: { 'value/wan-unit': 'disabled' } }, ['规则“value/wan-unit”只能设为 off、error、warning 或 info，而不是“disabled”'], {}],
    ['rule value false', { rules: { 'value/wan-unit': false } }, ['而不是“false”'], {}],
    ['thresholds as a number', { thresholds: 85 }, ['thresholds 应为对象'], {}],
    ['unknown threshold', { thresholds: { maxCost: 1 } }, ['未知的阈值“maxCost”（可用的阈值：minSatisfaction）'], {}],
    ['threshold as text', { thresholds: { minSatisfaction: '85' } }, ['thresholds.minSatisfaction 应为 0 到 100 之间的数（百分比），而不是“85”'], {}],
    ['threshold over 100', { thresholds: { minSatisfaction: 120 } }, ['而不是“120”'], {}],
    ['negative threshold', { thresholds: { minSatisfaction: -1 } }, ['而不是“-1”'], {}],
    [
      'one bad rule keeps the good ones',
      { scheme: '2021', rules: { 'value/wan-unit': 'off', 'value/nope': 'off' } },
      ['未知的规则“value/nope”'],
      { scheme: '2021', rules: { 'value/wan-unit': 'off' } },
    ],
    [
      'every problem is reported',
      { scheme: 'x', rules: 1, thresholds: { minSatisfaction: 200 }, extra: true },
      ['scheme 只能是', 'rules 应为对象', 'minSatisfaction 应为', '未知的设置项“extra”'],
      {},
    ],
  ])('%s', (_name, input, messages, kept) => {
    const { settings, errors } = validateSettings(input);
    expect(errors).toHaveLength(messages.length);
    messages.forEach((m, i) => expect(errors[i]).toContain(m));
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...kept, thresholds: { ...DEFAULT_SETTINGS.thresholds } });
  });

  test('messages in English on request', () => {
    expect(validateSettings({ scheme: 'x' }, 'en-US').errors).toEqual(['scheme must be auto, 2015 or 2021, not "x"']);
  });
});

describe('rule choices', () => {
  test.each<[string, CheckSettings['rules'], string]>([
    ['value/missing-sign', {}, 'warning'],
    ['value/percent-range', {}, 'error'],
    ['value/missing-sign', { 'value/missing-sign': 'off' }, 'off'],
    ['value/missing-sign', { 'value/missing-sign': 'error' }, 'error'],
  ])('ruleChoice(%s, %j) = %s', (id, rules, expected) => {
    expect(ruleChoice({ ...defaultSettings(), rules }, id)).toBe(expected);
  });

  test('choosing the default severity drops the override; anything else keeps one', () => {
    const off = withRuleChoice(defaultSettings(), 'value/missing-sign', 'off');
    expect(off.rules).toEqual({ 'value/missing-sign': 'off' });
    expect(isDefault(off)).toBe(false);
    const back = withRuleChoice(off, 'value/missing-sign', 'warning');
    expect(back.rules).toEqual({});
    expect(isDefault(back)).toBe(true);
  });

  test.each<[string, CheckSettings, boolean]>([
    ['defaults', defaultSettings(), true],
    ['override equal to default', { ...defaultSettings(), rules: { 'value/missing-sign': 'warning' } }, true],
    ['scheme', { ...defaultSettings(), scheme: '2015' }, false],
    ['threshold', { ...defaultSettings(), thresholds: { minSatisfaction: 90 } }, false],
  ])('isDefault: %s', (_n, s, expected) => expect(isDefault(s)).toBe(expected));

  test.each<[string, string | undefined]>([
    ['value/wan-unti', 'value/wan-unit'],
    ['value/missing-sing', 'value/missing-sign'],
    ['budget/sum-mismatch', 'budget/sum-mismatch'],
    ['something/else-entirely', undefined],
  ])('nearestRuleId(%s) = %s', (id, near) => expect(nearestRuleId(id)).toBe(near));

  test('a forged settings part with rule ids of a million characters: each reported, none compared letter by letter', () => {
    // Before: every id was compared with every rule id by edit distance (1,000 ids of 1,000
    // characters took 5.7 s); an id longer than a rule id by the distance found is skipped.
    const long = `value/${'x'.repeat(1_000_000)}`;
    const { settings, errors } = parseStoredSettings(JSON.stringify({ version: 1, settings: { rules: { [long]: 'off', 'value/missing-sing': 'off' } } }));
    expect(errors).toHaveLength(2);
    expect(errors[1]).toContain('value/missing-sign');
    expect(settings.rules).toEqual({});
    expect(nearestRuleId(`value/missing-sign${'𝟘'.repeat(2)}`)).toBe('value/missing-sign');
  });

  test('long values and names are quoted clipped, as a cell is (its start, …, its end)', () => {
    // hostile45 round, data made by us: a --config file of one 200,000-character scheme made a
    // 200,000-character error line; each message now quotes at most 120 characters of what it names.
    const long = `\u001b[31m${'x'.repeat(200_000)}end`;
    const { errors } = validateSettings({ scheme: long, rules: { [long]: 'off', 'value/missing-sign': long, 'value/wan-unit': { deep: [long] } }, thresholds: { [long]: 1, minSatisfaction: long }, [long]: 1 });
    expect(errors).toHaveLength(7);
    for (const e of errors) expect(e.length).toBeLessThan(400);
    expect(errors[0]).toContain('xxxend');
    expect(errors[0]).toContain('…');
  });
});

describe('stored settings', () => {
  test('round trip', () => {
    const s: CheckSettings = { scheme: '2021', rules: { 'value/wan-unit': 'off' }, thresholds: { minSatisfaction: 85 } };
    expect(parseStoredSettings(serializeSettings(s))).toEqual({ settings: s, errors: [] });
  });

  test.each<[string, string, string]>([
    ['not JSON', '{oops', '已损坏'],
    ['a newer version', '{"version":2,"settings":{}}', '版本（2）无法识别'],
    ['invalid content', '{"version":1,"settings":{"scheme":"x"}}', 'scheme 只能是'],
  ])('%s gives the defaults and a reason', (_n, text, message) => {
    const { settings, errors } = parseStoredSettings(text);
    expect(settings).toEqual(defaultSettings());
    expect(errors[0]).toContain(message);
  });

  test('bare settings (as in a --config file) are read too', () => {
    expect(parseStoredSettings('{"scheme":"2015"}').settings.scheme).toBe('2015');
  });
});
