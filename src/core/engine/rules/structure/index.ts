import type { Rule } from '../types';
import { missingProjectName } from './missing-project-name';
import { missingGoals } from './missing-goals';
import { noIndicators } from './no-indicators';
import { missingLevel1 } from './missing-level1';
import { missingCost } from './missing-cost';
import { unknownLevel1 } from './unknown-level1';
import { unknownLevel2 } from './unknown-level2';
import { level2Mismatch } from './level2-mismatch';
import { emptyLevel3 } from './empty-level3';
import { duplicateLevel3 } from './duplicate-level3';
import { level2AsLevel3 } from './level2-as-level3';
import { satisfactionUnderBenefit } from './satisfaction-under-benefit';
import { weightsSum } from './weights-sum';
import { tableKind } from './table-kind';
import { unusedRows } from './unused-rows';
import { unfilled } from './unfilled';

/** Registry of the structure rules, in documentation order. */
export const STRUCTURE_RULES: readonly Rule[] = [
  missingProjectName,
  missingGoals,
  noIndicators,
  missingLevel1,
  missingCost,
  unknownLevel1,
  unknownLevel2,
  level2Mismatch,
  emptyLevel3,
  duplicateLevel3,
  level2AsLevel3,
  satisfactionUnderBenefit,
  weightsSum,
  unusedRows,
  tableKind,
  unfilled,
];
