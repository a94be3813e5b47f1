/**
 * Bootstrap of the browser preview. No office.js here: the Excel stand-in defines the Office and
 * Excel globals for each workbook the page opens (see ./workbook.ts).
 *
 * The language is zh-CN unless the address asks for another (`?lang=en-US`).
 */
import { createRoot } from 'react-dom/client';
import { localeFrom } from '../core/i18n';
import '../core/i18n/pane';
import { PreviewApp } from './PreviewApp';

/** The element preview.html provides; created when missing so the page still renders. */
function container(): HTMLElement {
  const existing = document.getElementById('container');
  if (existing) return existing;
  const div = document.createElement('div');
  div.id = 'container';
  document.body.appendChild(div);
  return div;
}

const locale = localeFrom(new URLSearchParams(window.location.search).get('lang'));
document.documentElement.lang = locale;
createRoot(container()).render(<PreviewApp locale={locale} sampleUrl="sample.xlsx" sampleName="sample.xlsx" />);
