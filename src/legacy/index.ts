/**
 * Entry of the legacy bundle (legacy-pane.js), loaded by legacy-check.js in an old webview where
 * Office.js is present. Starts the plain-DOM pane in #legacy-pane once Office is ready.
 * `window.perfTargetLegacyPane.start` is there for tests, which set `perfTargetLegacyPaneManual`.
 */
import { localeFrom } from '../core/i18n';
import '../core/i18n/pane';
import { startLegacyPane, type LegacyPane, type LegacyPaneOptions } from './pane';

interface LegacyWindow {
  perfTargetLegacyPane?: { start(options: LegacyPaneOptions): LegacyPane; pane?: LegacyPane };
  perfTargetLegacyPaneManual?: boolean;
}

const w = window as unknown as LegacyWindow;
const api: NonNullable<LegacyWindow['perfTargetLegacyPane']> = { start: startLegacyPane };
w.perfTargetLegacyPane = api;

if (!w.perfTargetLegacyPaneManual && typeof Office !== 'undefined') {
  void Office.onReady(() => {
    const root = document.getElementById('legacy-pane');
    if (!root) return;
    const message = document.getElementById('legacy-message');
    if (message) message.style.display = 'none';
    root.style.display = 'block';
    api.pane = startLegacyPane({ root, locale: localeFrom(Office.context?.displayLanguage) });
  });
}
