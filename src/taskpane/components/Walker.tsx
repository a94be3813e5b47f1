import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Body1, Button, Caption1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronUp20Regular, EyeOff20Regular, Wrench20Regular } from '@fluentui/react-icons';
import { localizeFinding } from '../../core/engine';
import { isFixable, type FixPlan } from '../../core/fixes';
import { t } from '../../core/i18n';
import type { Finding, Locale } from '../../core/model';
import { findingKey, type ReviewController, type ReviewState } from '../review';
import type { SheetGroup } from '../view';
import { FixPreview } from './FixPreview';
import { IgnoreDialog } from './IgnoreDialog';
import { SeverityIcon } from './SeverityIcon';

export interface WalkItem {
  sheet: string;
  finding: Finding;
}

/** The findings in the order the list shows them (sheet, table, finding), filters applied. */
export function walkItems(groups: readonly SheetGroup[]): WalkItem[] {
  return groups.flatMap(({ sheet, groups: tables }) => tables.flatMap((g) => g.findings.map((finding) => ({ sheet, finding }))));
}

export type WalkKey = 'next' | 'previous';

/**
 * The shortcuts, while the focus is in the pane: Alt+↓ / Alt+↑, and F8 / Shift+F8. Not while typing
 * in a field or choosing in a list (there Alt+↓ opens the list), nor in a dialog.
 */
export function walkKey(e: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'target'>): WalkKey | undefined {
  const target = e.target as Element | null;
  if (target?.closest?.('input, textarea, select, [role="combobox"], [role="listbox"], [role="spinbutton"], [role="dialog"], [role="menu"]')) return undefined;
  if (e.ctrlKey || e.metaKey) return undefined;
  if (e.altKey && !e.shiftKey && e.key === 'ArrowDown') return 'next';
  if (e.altKey && !e.shiftKey && e.key === 'ArrowUp') return 'previous';
  if (!e.altKey && e.key === 'F8') return e.shiftKey ? 'previous' : 'next';
  return undefined;
}

export interface WalkerProps {
  locale: Locale;
  review: ReviewController;
  state: ReviewState;
  items: readonly WalkItem[];
  /** A check or clear is running. */
  disabled: boolean;
  guard: (action: () => Promise<unknown>) => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nav: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  position: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
  card: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  where: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  text: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, minWidth: 0, overflowWrap: 'anywhere' },
  change: { color: tokens.colorPaletteGreenForeground1 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  help: { color: tokens.colorNeutralForeground3 },
});

/**
 * 逐条审阅: 上一个 / 下一个 (and their shortcuts) move through the findings and select each cell;
 * the current finding is shown with its actions: 应用建议 (one cell), 修复全部同类问题 (a preview of
 * every change first) and 忽略… (with a reason).
 */
export function Walker({ locale, review, state, items, disabled, guard }: WalkerProps) {
  const styles = useStyles();
  const heading = useId();
  const [preview, setPreview] = useState<{ plan: FixPlan; rule: string } | null>(null);
  const [ignoring, setIgnoring] = useState<WalkItem | null>(null);
  const lastIndex = useRef(-1);

  // The current finding; when it is gone (fixed or ignored), the one that took its place.
  const found = state.current ? items.findIndex((it) => findingKey(it.sheet, it.finding) === state.current?.key) : -1;
  if (found >= 0) lastIndex.current = found;
  const index = found >= 0 ? found : state.current && items.length > 0 ? Math.min(Math.max(lastIndex.current, 0), items.length - 1) : -1;
  const current = index >= 0 ? items[index] : undefined;
  const busy = disabled || state.busy !== null;

  const move = (to: number) => {
    if (items.length === 0) return;
    const target = items[Math.max(0, Math.min(items.length - 1, to))];
    lastIndex.current = Math.max(0, Math.min(items.length - 1, to));
    review.setCurrent(target.sheet, target.finding);
    guard(() => review.session.select(target.sheet, target.finding));
  };
  // Moving on from a finding that is gone starts at the one now in its place.
  const next = () => move(current === undefined ? 0 : found >= 0 ? index + 1 : index);
  const previous = () => move(current === undefined ? 0 : index - 1);

  const keys = useRef({ next, previous });
  keys.current = { next, previous };
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const key = walkKey(e);
      if (!key) return;
      e.preventDefault();
      keys.current[key]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const change = useMemo(
    () => (current && isFixable(current.finding) ? review.planOne(current.sheet, current.finding).changes[0] : undefined),
    [current, review],
  );
  const sameRule = current ? review.fixableCount(current.finding.rule) : 0;

  if (items.length === 0) return null;
  return (
    <section className={styles.root} aria-labelledby={heading}>
      <Subtitle2 id={heading} as="h2">
        {t('review.walk.region', locale)}
      </Subtitle2>
      <div className={styles.nav}>
        <Button icon={<ChevronUp20Regular />} aria-keyshortcuts="Alt+ArrowUp Shift+F8" disabled={current !== undefined && index === 0} onClick={previous}>
          {t('review.walk.previous', locale)}
        </Button>
        <Button icon={<ChevronDown20Regular />} aria-keyshortcuts="Alt+ArrowDown F8" disabled={current !== undefined && index === items.length - 1} onClick={next}>
          {t('review.walk.next', locale)}
        </Button>
        <Caption1 className={styles.position} aria-live="polite">
          {current ? t('review.walk.position', locale, { index: index + 1, total: items.length }) : t('review.walk.start', locale, { total: items.length })}
        </Caption1>
      </div>
      {current && (
        <div className={styles.card} data-testid="walk-current">
          <SeverityIcon severity={current.finding.severity} />
          <span className={styles.text}>
            <span className={styles.where}>{t('review.walk.where', locale, { sheet: current.sheet, cell: current.finding.cell })}</span>
            <Body1>{localizeFinding(current.finding, locale)}</Body1>
            {change && <Caption1 className={styles.change}>{t('review.walk.change', locale, { before: change.beforeText, after: change.afterText })}</Caption1>}
          </span>
          <span />
          <div className={styles.actions}>
            {change && (
              <Button
                appearance="primary"
                icon={<Wrench20Regular />}
                disabled={busy}
                onClick={() => guard(() => review.apply(review.planOne(current.sheet, current.finding), current.finding.rule))}
              >
                {t('review.fix.one', locale)}
              </Button>
            )}
            {sameRule > 1 && (
              <Button disabled={busy} onClick={() => setPreview({ plan: review.planRule(current.finding.rule), rule: current.finding.rule })}>
                {t('review.fix.all', locale, { count: sameRule })}
              </Button>
            )}
            <Button icon={<EyeOff20Regular />} disabled={busy} onClick={() => setIgnoring(current)}>
              {t('review.ignore', locale)}
            </Button>
          </div>
        </div>
      )}
      <Caption1 className={styles.help}>{t('review.walk.help', locale)}</Caption1>
      <FixPreview
        locale={locale}
        plan={preview?.plan ?? null}
        rule={preview?.rule ?? ''}
        busy={busy}
        onCancel={() => setPreview(null)}
        onConfirm={() => {
          const p = preview;
          setPreview(null);
          if (p) guard(() => review.apply(p.plan, p.rule));
        }}
      />
      <IgnoreDialog
        locale={locale}
        target={ignoring}
        busy={busy}
        onCancel={() => setIgnoring(null)}
        onConfirm={(reason) => {
          const target = ignoring;
          setIgnoring(null);
          if (target) guard(() => review.ignore(target.sheet, target.finding, reason));
        }}
      />
    </section>
  );
}
