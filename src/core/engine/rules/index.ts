/** The registry of every rule, in documentation order (value, budget, structure, content). */
import type { Rule } from './types';
import { VALUE_RULES } from './value';
import { BUDGET_RULES } from './budget';
import { STRUCTURE_RULES } from './structure';
import { CONTENT_RULES } from './content';

export type { Rule, RuleContext, RuleMeta, Report } from './types';

export const RULES: readonly Rule[] = [...VALUE_RULES, ...BUDGET_RULES, ...STRUCTURE_RULES, ...CONTENT_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
