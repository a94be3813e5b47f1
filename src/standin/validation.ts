/**
 * `Range.dataValidation` (ExcelApi 1.8) of the stand-in: rules, input prompts and error alerts,
 * kept per cell in `SheetModel.validations`. Checks what Excel checks: one kind of rule at a time,
 * a list source, prompt titles of at most 32 characters and messages of at most 255.
 */
import type { Rect } from '../core/engine/grid';
import { FoundObject } from './client';
import type { StandInContext } from './context';
import { officeError } from './errors';
import { cellKey, type SheetModel, type ValidationModel } from './model';

export interface CellsTarget {
  sheet: SheetModel;
  rect: Rect;
}

/** The keys of Office's DataValidationRule and the DataValidationType each one makes. */
const RULE_TYPES: Record<string, string> = {
  list: 'List',
  custom: 'Custom',
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  textLength: 'TextLength',
  date: 'Date',
  time: 'Time',
};

export const PROMPT_TITLE_MAX = 32;
export const PROMPT_MESSAGE_MAX = 255;
/** Excel's limit for an error alert's message. */
export const ALERT_MESSAGE_MAX = 225;
/** A list typed out (`a,b,c`) may be at most 255 characters. */
const LIST_SOURCE_MAX = 255;

type RulePart = Pick<ValidationModel, 'type' | 'formula1' | 'formula2' | 'operator' | 'inCellDropDown'>;

function fail(location: string, message: string): never {
  throw officeError('InvalidArgument', location, message);
}

function formulaText(v: unknown, location: string): string {
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v === 'string' && v.trim() !== '') return v;
  return fail(location, 'A data validation formula must be a non-empty string or a number.');
}

/** Office's rule object as the model holds it; throws InvalidArgument as Excel does for bad input. */
export function ruleFromOffice(rule: unknown): RulePart {
  const location = 'DataValidation.rule';
  if (!rule || typeof rule !== 'object') fail(location, 'The rule must be an object.');
  const kinds = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (kinds.length !== 1 || !(kinds[0][0] in RULE_TYPES)) fail(location, 'A data validation rule takes exactly one kind of criteria.');
  const [kind, body] = kinds[0] as [string, Record<string, unknown>];
  const type = RULE_TYPES[kind];
  if (kind === 'list') {
    const source = body.source;
    if (typeof source !== 'string' || source.trim() === '') fail(location, 'A list rule needs a source.');
    if (!source.startsWith('=') && source.length > LIST_SOURCE_MAX) fail(location, 'A typed-out list may be at most 255 characters.');
    return { type, formula1: source, inCellDropDown: body.inCellDropDown !== false };
  }
  if (kind === 'custom') return { type, formula1: formulaText(body.formula, location) };
  const part: RulePart = { type, formula1: formulaText(body.formula1, location) };
  if (typeof body.operator === 'string') part.operator = body.operator;
  if (body.formula2 !== undefined) part.formula2 = formulaText(body.formula2, location);
  return part;
}

/** The rule as Office returns it. */
export function ruleToOffice(v: ValidationModel | undefined): Record<string, unknown> {
  if (!v || v.type === 'None') return {};
  const kind = Object.keys(RULE_TYPES).find((k) => RULE_TYPES[k] === v.type) ?? 'custom';
  if (kind === 'list') return { list: { inCellDropDown: v.inCellDropDown !== false, source: v.formula1 } };
  if (kind === 'custom') return { custom: { formula: v.formula1 } };
  return { [kind]: { formula1: v.formula1, ...(v.formula2 !== undefined ? { formula2: v.formula2 } : {}), ...(v.operator ? { operator: v.operator } : {}) } };
}

function checkText(value: unknown, max: number, what: string, location: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') fail(location, `The ${what} must be text.`);
  if (value.length > max) fail(location, `The ${what} may be at most ${max} characters.`);
  return value;
}

export function promptFromOffice(prompt: unknown): NonNullable<ValidationModel['prompt']> {
  const location = 'DataValidation.prompt';
  if (!prompt || typeof prompt !== 'object') fail(location, 'The prompt must be an object.');
  const p = prompt as Record<string, unknown>;
  return {
    showPrompt: p.showPrompt !== false,
    title: checkText(p.title, PROMPT_TITLE_MAX, 'prompt title', location),
    message: checkText(p.message, PROMPT_MESSAGE_MAX, 'prompt message', location),
  };
}

export function alertFromOffice(alert: unknown): NonNullable<ValidationModel['errorAlert']> {
  const location = 'DataValidation.errorAlert';
  if (!alert || typeof alert !== 'object') fail(location, 'The error alert must be an object.');
  const a = alert as Record<string, unknown>;
  const style = a.style ?? 'Stop';
  if (style !== 'Stop' && style !== 'Warning' && style !== 'Information') fail(location, 'Unknown alert style.');
  return {
    showAlert: a.showAlert !== false,
    style,
    title: checkText(a.title, PROMPT_TITLE_MAX, 'alert title', location),
    message: checkText(a.message, ALERT_MESSAGE_MAX, 'alert message', location),
  };
}

function emptyValidation(): ValidationModel {
  return { type: 'None', ignoreBlanks: true };
}

/**
 * Changes every cell of the range. Cells that had the same validation before keep sharing one
 * object afterwards, as Excel keeps one rule per area.
 */
function updateCells({ sheet, rect }: CellsTarget, change: (v: ValidationModel) => ValidationModel): void {
  const map = (sheet.validations ??= new Map());
  const replaced = new Map<ValidationModel | undefined, ValidationModel>();
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const key = cellKey(r, c);
      const before = map.get(key);
      let after = replaced.get(before);
      if (!after) {
        after = change(before ? structuredClone(before) : emptyValidation());
        replaced.set(before, after);
      }
      map.set(key, after);
    }
  }
}

/** The validation of one cell, if any. */
export function validationAt(sheet: SheetModel, row: number, col: number): ValidationModel | undefined {
  return sheet.validations?.get(cellKey(row, col));
}

/** One value for the whole range, or undefined when cells differ. */
function uniformValidation({ sheet, rect }: CellsTarget): { same: boolean; v: ValidationModel | undefined } {
  const first = validationAt(sheet, rect.top, rect.left);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = validationAt(sheet, r, c);
      if (v !== first && JSON.stringify(v) !== JSON.stringify(first)) return { same: false, v: undefined };
    }
  }
  return { same: true, v: first };
}

export class DataValidation extends FoundObject<CellsTarget> {
  constructor(context: StandInContext, find: () => CellsTarget | null) {
    super(context, 'DataValidation', find);
    context.requireApi('1.8', 'Range.dataValidation');
  }
  protected override scalarNames(): string[] {
    return ['type', 'rule', 'prompt', 'errorAlert', 'ignoreBlanks'];
  }
  protected override readScalar(name: string, t: CellsTarget): unknown {
    const { same, v } = uniformValidation(t);
    if (name === 'type') return same ? (v?.type ?? 'None') : 'Inconsistent';
    if (!same) return null;
    if (name === 'rule') return ruleToOffice(v);
    if (name === 'prompt') return v?.prompt ?? { showPrompt: false, title: '', message: '' };
    if (name === 'errorAlert') return v?.errorAlert ?? { showAlert: true, style: 'Stop', title: '', message: '' };
    return v?.ignoreBlanks ?? true;
  }

  get type(): string {
    return this.value('type');
  }
  get rule(): Record<string, unknown> {
    return this.value('rule');
  }
  set rule(rule: Record<string, unknown>) {
    this.remember('rule', rule);
    this.write((t) => {
      const part = ruleFromOffice(rule);
      updateCells(t, (v) => {
        const next: ValidationModel = { ...v, ...part };
        if (part.formula2 === undefined) delete next.formula2;
        if (part.operator === undefined) delete next.operator;
        if (part.inCellDropDown === undefined) delete next.inCellDropDown;
        return next;
      });
    }, rule);
  }
  get prompt(): ValidationModel['prompt'] {
    return this.value('prompt');
  }
  set prompt(prompt: ValidationModel['prompt']) {
    this.remember('prompt', prompt);
    this.write((t) => {
      const p = promptFromOffice(prompt);
      updateCells(t, (v) => ({ ...v, prompt: p }));
    }, prompt);
  }
  get errorAlert(): ValidationModel['errorAlert'] {
    return this.value('errorAlert');
  }
  set errorAlert(alert: ValidationModel['errorAlert']) {
    this.remember('errorAlert', alert);
    this.write((t) => {
      const a = alertFromOffice(alert);
      updateCells(t, (v) => ({ ...v, errorAlert: a }));
    }, alert);
  }
  get ignoreBlanks(): boolean {
    return this.value('ignoreBlanks');
  }
  set ignoreBlanks(value: boolean) {
    this.remember('ignoreBlanks', value);
    this.write((t) => updateCells(t, (v) => ({ ...v, ignoreBlanks: value })));
  }

  /** Removes every validation (rule, prompt and alert) from the range. */
  clear(): void {
    this.write(({ sheet, rect }) => {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) sheet.validations?.delete(cellKey(r, c));
    });
  }
}
