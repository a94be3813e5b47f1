import { memo, useCallback, useEffect, useId, useState } from 'react';
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Dropdown,
  Field,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
  Switch,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ruleName as nameOf, t } from '../../core/i18n';
import { useRuleLanguage } from '../rule-language';
import '../../core/i18n/pane';
import type { CheckSettings, Locale, SchemeChoice, Severity } from '../../core/model';
import { RULES, RULES_BY_ID } from '../../core/engine/rules';
import { SCHEME_CHOICES, defaultSettings, ruleChoice, withRuleChoice, type RuleChoice } from '../../core/review/settings';
import { CATEGORIES, SEVERITIES } from '../view';
import '../../core/i18n/review-pane';
import '../../core/i18n/views';

export interface SettingsPanelProps {
  locale: Locale;
  open: boolean;
  settings: CheckSettings;
  /** Saving: the buttons wait. */
  busy: boolean;
  onSave: (settings: CheckSettings) => void;
  onClose: () => void;
  /** The developer option (下载 JSON in the menu); applied at once, kept in this browser only. */
  developer?: boolean;
  onDeveloperChange?: (on: boolean) => void;
}

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground3 },
  rules: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, margin: 0, padding: 0 },
  rule: {
    listStyleType: 'none',
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  severity: { minWidth: '6.5em' },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

function ruleName(id: string, locale: Locale): string {
  return nameOf(id, locale) ?? id;
}

interface RuleRowProps {
  id: string;
  /** The rule's name in the pane's language (the Chinese one while the English texts load). */
  name: string;
  choice: RuleChoice;
  locale: Locale;
  onChoose: (id: string, choice: RuleChoice) => void;
}

/** One rule: on or off, and its severity. Memoised: a change re-renders only its own row. */
const RuleRow = memo(function RuleRow({ id, name, choice, locale, onChoose }: RuleRowProps) {
  const styles = useStyles();
  const defaultSeverity = RULES_BY_ID.get(id)?.meta.severity ?? 'warning';
  const severity: Severity = choice === 'off' ? defaultSeverity : choice;
  return (
    <li className={styles.rule} data-rule={id}>
      <Switch label={name} checked={choice !== 'off'} onChange={(_, data) => onChoose(id, data.checked ? defaultSeverity : 'off')} />
      <Dropdown
        className={styles.severity}
        aria-label={t('review.settings.ruleSeverity', locale, { rule: name })}
        disabled={choice === 'off'}
        value={t(`pane.severityOne.${severity}`, locale)}
        selectedOptions={[severity]}
        onOptionSelect={(_, data) => {
          if (data.optionValue) onChoose(id, data.optionValue as Severity);
        }}
      >
        {SEVERITIES.map((s) => (
          <Option key={s} value={s}>
            {t(`pane.severityOne.${s}`, locale)}
          </Option>
        ))}
      </Dropdown>
    </li>
  );
});

/**
 * 校验设置: the scheme, each rule on or off with its severity, and the lowest satisfaction target.
 * Changes are a draft until 保存; 恢复默认 resets the draft. Saved in the workbook by the caller.
 */
export function SettingsPanel({ locale, open, settings, busy, onSave, onClose, developer, onDeveloperChange }: SettingsPanelProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<CheckSettings>(settings);
  const [badNumber, setBadNumber] = useState(false);
  const schemeLabel = useId();
  const choose = useCallback((id: string, choice: RuleChoice) => setDraft((d) => withRuleChoice(d, id, choice)), []);
  // Drawn again when a pane in English has its rule texts (they load with the engine, normally before).
  useRuleLanguage(locale);
  // Every opening starts from the saved settings.
  useEffect(() => {
    if (open) {
      setDraft(settings);
      setBadNumber(false);
    }
  }, [open, settings]);

  const setMin = (value: number | null | undefined, displayValue: string | undefined) => {
    const n = value ?? (displayValue === undefined ? NaN : Number(displayValue));
    if (!Number.isFinite(n) || n < 0 || n > 100) {
      setBadNumber(true);
      return;
    }
    setBadNumber(false);
    setDraft((d) => ({ ...d, thresholds: { ...d.thresholds, minSatisfaction: n } }));
  };

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('review.settings.title', locale)}</DialogTitle>
          <DialogContent className={styles.content}>
            <Caption1 className={styles.intro}>{t('review.settings.intro', locale)}</Caption1>
            <div className={styles.group}>
              <Subtitle2 id={schemeLabel}>{t('review.settings.scheme', locale)}</Subtitle2>
              <RadioGroup
                aria-labelledby={schemeLabel}
                value={draft.scheme}
                onChange={(_, data) => setDraft((d) => ({ ...d, scheme: data.value as SchemeChoice }))}
              >
                {SCHEME_CHOICES.map((s) => (
                  <Radio key={s} value={s} label={t(`review.settings.scheme.${s}`, locale)} />
                ))}
              </RadioGroup>
            </div>
            <Field
              label={t('review.settings.minSatisfaction', locale)}
              hint={t('review.settings.minSatisfaction.hint', locale)}
              validationState={badNumber ? 'error' : 'none'}
              validationMessage={badNumber ? t('review.settings.badNumber', locale) : undefined}
            >
              <SpinButton
                min={0}
                max={100}
                step={1}
                value={draft.thresholds.minSatisfaction}
                onChange={(_, data) => setMin(data.value, data.displayValue)}
              />
            </Field>
            <div className={styles.group}>
              <Subtitle2>{t('review.settings.rules', locale)}</Subtitle2>
              {CATEGORIES.map((category) => (
                <section key={category} className={styles.group} aria-label={t(`pane.category.${category}`, locale)}>
                  <Caption1>{t(`pane.category.${category}`, locale)}</Caption1>
                  <ul className={styles.rules} role="list">
                    {RULES.filter((r) => r.meta.category === category).map((r) => (
                      <RuleRow key={r.meta.id} id={r.meta.id} name={ruleName(r.meta.id, locale)} choice={ruleChoice(draft, r.meta.id)} locale={locale} onChoose={choose} />
                    ))}
                  </ul>
                </section>
              ))}
            </div>
            {onDeveloperChange && (
              <Switch
                checked={developer === true}
                label={t('review.settings.developer', locale)}
                onChange={(_, data) => onDeveloperChange(data.checked)}
              />
            )}
          </DialogContent>
          <DialogActions fluid>
            <Button onClick={() => setDraft(defaultSettings())} disabled={busy}>
              {t('review.settings.reset', locale)}
            </Button>
            <Button appearance="secondary" onClick={onClose}>
              {t('review.cancel', locale)}
            </Button>
            <Button appearance="primary" disabled={busy || badNumber} onClick={() => onSave(draft)}>
              {t('review.settings.save', locale)}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
