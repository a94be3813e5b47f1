/**
 * The 插入模板 form: scheme, money unit, project name, rows per 二级 and where, then the template
 * goes in through the host: on a new sheet named after the project (the default), or at the
 * selected cell. If that place is not empty, the host says so without writing anything, and the
 * form offers a new sheet instead.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  SpinButton,
  Subtitle2,
  ToolbarButton,
  makeStyles,
  tokens,
  useId,
  type SpinButtonOnChangeData,
} from '@fluentui/react-components';
import { Dismiss20Regular, TableAdd20Regular } from '@fluentui/react-icons';
import { t, type TextKey } from '../../core/i18n/base';
import '../../core/i18n/pane';
import '../../core/i18n/template';
import '../../core/i18n/views';
import type { Locale, MoneyUnit, SchemeId } from '../../core/model';
import { HostError, type TemplateInsertion, type TemplatePlacement, type WorkbookHost } from '../../hosts/types';
import { describeError, type ErrorText } from '../view';

export const ROWS_MIN = 1;
export const ROWS_MAX = 20;
/** Far beyond real names (about 30 characters); a longer text is a paste gone wrong. */
export const PROJECT_MAX = 100;

const SCHEMES: readonly SchemeId[] = ['2015', '2021'];
const UNITS: readonly MoneyUnit[] = ['万元', '元'];

/** A host that can insert the template. */
export interface TemplateHost {
  insertTemplate: NonNullable<WorkbookHost['insertTemplate']>;
}

export interface TemplateFormValues {
  scheme: SchemeId;
  unit: MoneyUnit;
  project: string;
  /** As typed in the spin button. */
  rows: string;
}

export interface TemplateFormErrors {
  project?: TextKey;
  rows?: TextKey;
}

/** Rows per 二级 from what was typed: a whole number from 1 to 20, or null. */
export function parseRows(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= ROWS_MIN && n <= ROWS_MAX ? n : null;
}

export function validateTemplateForm(values: TemplateFormValues): TemplateFormErrors {
  const errors: TemplateFormErrors = {};
  if (values.project.trim().length > PROJECT_MAX) errors.project = 'template.form.project.tooLong';
  if (parseRows(values.rows) === null) errors.rows = 'template.form.rows.invalid';
  return errors;
}

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** The toolbar button that opens the form (accessible name: 插入模板). */
export function TemplateButton({ locale, disabled, expanded, onClick }: { locale: Locale; disabled: boolean; expanded: boolean; onClick: () => void }) {
  return (
    <ToolbarButton icon={<TableAdd20Regular />} aria-expanded={expanded} disabled={disabled} onClick={onClick}>
      {t('template.form.open', locale)}
    </ToolbarButton>
  );
}

export interface TemplateFormProps {
  host: TemplateHost;
  locale: Locale;
  /** True while another action of the pane runs (a check): inserting waits for it. */
  disabled?: boolean;
  onClose: () => void;
  /** Called once the template is in the workbook (the pane then checks that sheet). */
  onInserted: (insertion: TemplateInsertion) => void;
}

type Outcome =
  | { kind: 'idle' }
  | { kind: 'inserting' }
  | { kind: 'not-empty'; message: string }
  | { kind: 'failed'; error: ErrorText }
  | { kind: 'done'; insertion: TemplateInsertion };

export function TemplateForm({ host, locale, disabled = false, onClose, onInserted }: TemplateFormProps) {
  const styles = useStyles();
  const titleId = useId('template-title');
  const panel = useRef<HTMLElement>(null);
  const [values, setValues] = useState<TemplateFormValues>({ scheme: '2015', unit: '万元', project: '', rows: '1' });
  // A new sheet by default: nothing of the user's is in the way; the selection only when its area is empty.
  const [where, setWhere] = useState<TemplatePlacement>('new-sheet');
  const [submitted, setSubmitted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const errors = validateTemplateForm(values);
  const shown = submitted ? errors : {};
  const busy = outcome.kind === 'inserting';

  // Focus moves into the form when it opens, so keyboard and screen-reader users land on it.
  useEffect(() => panel.current?.focus(), []);

  const set = <K extends keyof TemplateFormValues>(key: K, value: TemplateFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onRowsChange = (_: unknown, data: SpinButtonOnChangeData) => {
    if (data.value !== undefined && data.value !== null) set('rows', String(data.value));
    else set('rows', data.displayValue ?? '');
  };

  async function insert(where: TemplatePlacement): Promise<void> {
    setSubmitted(true);
    const rows = parseRows(values.rows);
    if (rows === null || Object.keys(errors).length > 0) return;
    setOutcome({ kind: 'inserting' });
    try {
      const insertion = await host.insertTemplate({ scheme: values.scheme, unit: values.unit, project: values.project.trim(), rowsPerLevel2: rows, locale }, where);
      setOutcome({ kind: 'done', insertion });
      onInserted(insertion);
    } catch (error) {
      if (where === 'active-cell' && error instanceof HostError && error.code === 'not-empty') setOutcome({ kind: 'not-empty', message: error.message });
      else setOutcome({ kind: 'failed', error: describeError(error, locale) });
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void insert(where);
  };

  return (
    <section ref={panel} tabIndex={-1} aria-labelledby={titleId} className={styles.panel}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={titleId}>
          {t('template.form.title', locale)}
        </Subtitle2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={t('template.form.close', locale)} onClick={onClose} />
      </div>
      {outcome.kind === 'done' ? (
        <Done insertion={outcome.insertion} locale={locale} onClose={onClose} />
      ) : (
        <form className={styles.form} onSubmit={onSubmit} noValidate>
          <Body1>{t('template.form.intro', locale)}</Body1>
          <Field label={t('template.form.scheme', locale)}>
            <RadioGroup value={values.scheme} disabled={busy} onChange={(_, data) => set('scheme', data.value as SchemeId)}>
              {SCHEMES.map((scheme) => (
                <Radio
                  key={scheme}
                  value={scheme}
                  label={
                    <>
                      {t(`template.form.scheme.${scheme}`, locale)}
                      <Caption1 className={styles.hint}>{t(`template.form.scheme.${scheme}.hint`, locale)}</Caption1>
                    </>
                  }
                />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t('template.form.unit', locale)}>
            <RadioGroup layout="horizontal" value={values.unit} disabled={busy} onChange={(_, data) => set('unit', data.value as MoneyUnit)}>
              {UNITS.map((unit) => (
                <Radio key={unit} value={unit} label={t(`template.form.unit.${unit}`, locale)} />
              ))}
            </RadioGroup>
          </Field>
          <Field
            label={t('template.form.project', locale)}
            hint={t('template.form.project.hint', locale)}
            validationState={shown.project ? 'error' : 'none'}
            validationMessage={shown.project ? t(shown.project, locale, { max: PROJECT_MAX }) : undefined}
          >
            <Input
              value={values.project}
              disabled={busy}
              placeholder={t('template.form.project.placeholder', locale)}
              onChange={(_, data) => set('project', data.value)}
            />
          </Field>
          <Field
            label={t('template.form.rows', locale)}
            hint={t('template.form.rows.hint', locale)}
            validationState={shown.rows ? 'error' : 'none'}
            validationMessage={shown.rows ? t(shown.rows, locale) : undefined}
          >
            <SpinButton min={ROWS_MIN} max={ROWS_MAX} value={parseRows(values.rows)} displayValue={values.rows} disabled={busy} onChange={onRowsChange} />
          </Field>
          <Field label={t('template.form.where', locale)}>
            <RadioGroup value={where} disabled={busy} onChange={(_, data) => setWhere(data.value as TemplatePlacement)}>
              <Radio value="new-sheet" label={t('template.form.where.new-sheet', locale)} />
              <Radio value="active-cell" label={t('template.form.where.active-cell', locale)} />
            </RadioGroup>
          </Field>
          {outcome.kind === 'not-empty' && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t('template.form.notEmpty.title', locale)}</MessageBarTitle>
                {outcome.message}
              </MessageBarBody>
              <MessageBarActions>
                <Button disabled={disabled} onClick={() => void insert('new-sheet')}>
                  {t('template.form.newSheet', locale)}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {outcome.kind === 'failed' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{outcome.error.title}</MessageBarTitle>
                {outcome.error.message}
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={busy || disabled}>
              {t('template.form.submit', locale)}
            </Button>
            {busy && <Spinner size="tiny" labelPosition="after" label={t('template.form.inserting', locale)} />}
          </div>
        </form>
      )}
    </section>
  );
}

function Done({ insertion, locale, onClose }: { insertion: TemplateInsertion; locale: Locale; onClose: () => void }) {
  const styles = useStyles();
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('template.form.done.title', locale)}</MessageBarTitle>
        {t('template.form.done', locale, { sheet: insertion.sheet, address: insertion.address })}
        {insertion.notes.length > 0 && (
          <ul className={styles.notes}>
            {insertion.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onClose}>{t('template.form.close', locale)}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
