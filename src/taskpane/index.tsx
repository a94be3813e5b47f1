/**
 * Bootstrap of the task pane: the only place here that touches Office.js (the display language,
 * the theme, and the host, which owns every other Office call).
 */
import { createRoot } from 'react-dom/client';
import { localeFrom } from '../core/i18n/base';
import '../core/i18n/pane';
import { ExcelHost } from '../hosts/excel';
import { App } from './App';
import { themeFor } from './theme';

/** The element taskpane.html provides; created when missing so the pane still renders. */
function container(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'container';
  document.body.appendChild(div);
  return div;
}

Office.onReady(() => {
  const locale = localeFrom(Office.context.displayLanguage);
  // officeTheme is missing on some hosts (older Excel on Windows, some web sessions): light then.
  const theme = themeFor(Office.context.officeTheme?.bodyBackgroundColor);
  document.documentElement.lang = locale;
  createRoot(container()).render(<App host={new ExcelHost()} locale={locale} theme={theme} />);
});
