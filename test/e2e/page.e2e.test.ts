/**
 * The page itself: its Content-Security-Policy holds in the browser (nothing can be sent elsewhere,
 * no inline script), the harness notices when something goes wrong, and the page speaks English on request.
 */
import { openPreview, pane, type Preview } from './harness';

// webpack.preview.config.js is CommonJS run by webpack-cli; load it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { CONTENT_SECURITY_POLICY } = require('../../webpack.preview.config.js') as { CONTENT_SECURITY_POLICY: string };

describe('zh-CN (default)', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await openPreview();
  });
  afterAll(async () => {
    await preview?.close();
  });

  test('the page carries the strict policy', async () => {
    const meta = await preview.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(await preview.page.locator('script:not([src])').count()).toBe(0);
    expect(await preview.page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  test('a request to another origin is blocked, and the harness reports it', async () => {
    const outcome = await preview.page.evaluate(() => fetch('http://example.com/').then(() => 'sent', () => 'blocked'));
    expect(outcome).toBe('blocked');
    expect(preview.problems.join('\n')).toMatch(/example\.com/);
    preview.problems.length = 0;
  });

  test('an inline script does not run', async () => {
    const ran = await preview.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran";';
      document.head.appendChild(script);
      await new Promise((r) => setTimeout(r, 50));
      return document.body.dataset.inline ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    expect(preview.problems.join('\n')).toMatch(/Content Security Policy/);
    preview.problems.length = 0;
  });

  test('buttons keep the names other tools use', async () => {
    const { page } = preview;
    expect(await pane(page).getByRole('button', { name: '校验当前工作表', exact: true }).count()).toBe(1);
    // 清除标记, 插入模板 and the rest are items of the pane's menu.
    await pane(page).getByRole('button', { name: '更多操作', exact: true }).click();
    for (const name of ['校验所有工作表', '清除标记', '插入模板', '导出报告', '设置']) expect(await page.getByRole('menuitem', { name, exact: true }).count()).toBe(1);
    await page.keyboard.press('Escape');
    for (const name of ['打开文件', '下载带标记的工作簿']) expect(await page.getByRole('button', { name, exact: true }).count()).toBe(1);
    expect(preview.problems).toEqual([]);
  });
});

describe('en-US on request', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await openPreview('?lang=en-US');
  });
  afterAll(async () => {
    await preview?.close();
  });

  test('the page and the pane speak English', async () => {
    const { page } = preview;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    expect(await page.getByRole('button', { name: 'Open file' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Download the marked workbook' }).count()).toBe(1);
    expect(await pane(page).getByRole('button', { name: 'Check this sheet' }).count()).toBe(1);
    expect(preview.problems).toEqual([]);
  });
});
