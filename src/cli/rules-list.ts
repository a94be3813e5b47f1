import '../core/i18n/cli';
import { RULES } from '../core/engine/rules';
import { ruleName, t } from '../core/i18n';
import '../core/i18n/rules-en';
import '../core/i18n/views';
import { rulePageText } from '../core/review/rule-docs';
import type { Locale } from '../core/model';

/** `perf-target rules`: one line per rule, from the rule metadata. */
export function listRules(): string {
  const lines = [t('cli.rulesHeader')];
  for (const r of RULES) {
    const name = ruleName(r.meta.id, 'zh-CN') ?? '';
    lines.push(`${r.meta.id} · ${r.meta.category} · ${t(`cli.severity.${r.meta.severity}`)} · ${r.meta.fixable ? '✓' : '-'} · ${name}`);
  }
  return lines.join('\n') + '\n';
}

/** `perf-target rules ID`: one rule's page (what it checks, why, a wrong and a right example); undefined for an unknown id. */
export function showRule(id: string, locale: Locale = 'zh-CN'): string | undefined {
  return rulePageText(id, locale);
}

/** The line for `perf-target rules` given no rule's id (`id`: what was given, words joined). */
export function unknownRule(id: string, locale: Locale = 'zh-CN'): string {
  return t('rule.page.unknown', locale, { id });
}
