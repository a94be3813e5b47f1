import type { Rule } from '../types';
import { missingTotal } from './missing-total';
import { notANumber } from './not-a-number';
import { negative } from './negative';
import { sumMismatch } from './sum-mismatch';
import { costExceeds } from './cost-exceeds';
import { unitCostExceeds } from './unit-cost-exceeds';
import { implausibleAmount } from './implausible-amount';
import { longTermTotal } from './long-term-total';

/** Registry of the budget rules, in documentation order. */
export const BUDGET_RULES: readonly Rule[] = [missingTotal, notANumber, negative, sumMismatch, costExceeds, unitCostExceeds, implausibleAmount, longTermTotal];
