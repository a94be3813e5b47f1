import type { Rule } from '../types';
import { empty } from './empty';
import { placeholder } from './placeholder';
import { missingNumber } from './missing-number';
import { qualitativeNotAllowed } from './qualitative-not-allowed';
import { badNumber } from './bad-number';
import { malformedUnit } from './malformed-unit';
import { missingUnit } from './missing-unit';
import { doubledMark } from './doubled-mark';
import { missingSign } from './missing-sign';
import { nonstandardSign } from './nonstandard-sign';
import { wrongDirection } from './wrong-direction';
import { unitMismatch } from './unit-mismatch';
import { percentRange } from './percent-range';
import { negativeNumber } from './negative-number';
import { quantityCeiling } from './quantity-ceiling';
import { restatesIndicator } from './restates-indicator';
import { splitContradiction } from './split-contradiction';
import { wanUnit } from './wan-unit';
import { fullwidth } from './fullwidth';
import { gradeList } from './grade-list';
import { dateSerial } from './date-serial';

/** Registry of the value rules, in documentation order. */
export const VALUE_RULES: readonly Rule[] = [
  empty,
  placeholder,
  missingNumber,
  qualitativeNotAllowed,
  badNumber,
  malformedUnit,
  missingUnit,
  doubledMark,
  missingSign,
  nonstandardSign,
  wrongDirection,
  unitMismatch,
  percentRange,
  negativeNumber,
  quantityCeiling,
  restatesIndicator,
  gradeList,
  dateSerial,
  splitContradiction,
  wanUnit,
  fullwidth,
];
