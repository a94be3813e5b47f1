/** @jest-environment jsdom */
/**
 * A workbook's text is rendered as text, never as HTML, in the preview's grid and in the pane's
 * findings list: a cell holding `<script>` or `<img onerror>`, a sheet named like markup, a
 * `javascript:` link text (HYPERLINK's cached result) make no element, run nothing and link
 * nowhere. And no source under src/ hands a string to the DOM as HTML.
 */
import '../taskpane/review-polyfills';
import '@testing-library/jest-dom';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Grid } from '../../src/preview/Grid';
import { createWorkbook, getSheet, setCell } from '../../src/standin/model';
import { checkSheet, listed, renderPane, workbook } from '../taskpane/review-helpers';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';
const LINK = 'javascript:window.__pwned=3';

afterEach(() => expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined());

test('the grid shows markup in cells and the sheet name as text: no script, image or link element', () => {
  const model = createWorkbook([`${IMG}表`]);
  const s = getSheet(model, `${IMG}表`);
  setCell(s, 'A1', { value: SCRIPT });
  setCell(s, 'B1', { value: IMG });
  setCell(s, 'C1', { value: LINK });
  const { container } = render(
    <FluentProvider theme={webLightTheme}>
      <Grid locale="zh-CN" sheetName={`${IMG}表`} sheet={s} version={0} onSelectCell={jest.fn()} />
    </FluentProvider>,
  );
  expect(container.querySelector('script, img, a, iframe, object, embed')).toBeNull();
  expect(container.querySelector('td[data-address="A1"]')).toHaveTextContent(SCRIPT);
  expect(container.querySelector('td[data-address="B1"]')).toHaveTextContent(IMG);
  expect(container.querySelector('td[data-address="C1"]')).toHaveTextContent(LINK);
});

test('the findings list quotes a value holding markup as text', async () => {
  const { user } = renderPane(workbook(1, { firstValue: `${IMG}≥1台` }));
  await checkSheet(user);
  expect(listed().some((l) => l.includes(IMG))).toBe(true);
  const list = screen.getByRole('list', { name: '问题列表' });
  expect(within(list).queryAllByRole('img', { hidden: true }).filter((e) => e.tagName === 'IMG')).toHaveLength(0);
  expect(document.querySelector('img[src="x"], script:not([src])')).toBeNull();
});

test('no source under src/ gives the DOM a string as HTML', () => {
  const root = join(__dirname, '..', '..', 'src');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|js)$/.test(name) && /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(path, 'utf8'))) offenders.push(path);
    }
  };
  walk(root);
  expect(offenders).toEqual([]);
});
