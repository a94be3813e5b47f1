/**
 * The webpack configuration and the page templates: where office.js comes from, the
 * Content-Security-Policy, the manifest rewrite for production, and no dev certificate outside the
 * dev server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

interface Helpers {
  officeJsUrl(env: Record<string, unknown>): string;
  contentSecurityPolicy(officeJs: string, dev: boolean): string;
  rewriteManifest(content: Buffer, baseUrl: string): Buffer;
  productionBaseUrl(): string | null;
  CDN_OFFICE_JS: string;
  INTRANET_OFFICE_JS: string;
}
interface WebpackConfig {
  mode: string;
  devtool: string | false;
  entry: Record<string, string>;
  output: { path: string };
  devServer?: unknown;
  plugins: { constructor: { name: string }; userOptions?: { filename?: string; templateParameters?: Record<string, string> } }[];
}
type ConfigFactory = ((env?: Record<string, unknown>, argv?: Record<string, unknown>) => Promise<WebpackConfig>) & { helpers: Helpers };

// webpack.config.js is CommonJS run by webpack-cli; load it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const factory = require('../webpack.config.js') as ConfigFactory;
const { helpers } = factory;

const ENV_KEYS = ['OFFICE_JS_URL', 'ADDIN_BASE_URL', 'OFFICE_JS_DIR'];
let saved: Record<string, string | undefined>;
beforeEach(() => {
  saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
  for (const k of ENV_KEYS) delete process.env[k];
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  jest.restoreAllMocks();
});

function scriptSrc(csp: string): string {
  return csp.split('; ').find((d) => d.startsWith('script-src')) ?? '';
}

describe('where office.js comes from', () => {
  test.each<[Record<string, unknown>, string | undefined, string]>([
    [{}, undefined, 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    [{ intranet: true }, undefined, '/office/office.js'],
    [{ intranet: true }, 'https://mirror.local/office/office.js', 'https://mirror.local/office/office.js'],
    [{}, '/static/office.js', '/static/office.js'],
  ])('env %j with OFFICE_JS_URL=%s -> %s', (env, override, url) => {
    if (override) process.env.OFFICE_JS_URL = override;
    expect(helpers.officeJsUrl(env)).toBe(url);
  });
});

describe('Content-Security-Policy', () => {
  test('scripts only from the add-in and the office.js origin; no inline script, no eval', () => {
    const csp = helpers.contentSecurityPolicy(helpers.CDN_OFFICE_JS, false);
    expect(scriptSrc(csp)).toBe("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
  });

  test('intranet: scripts from the add-in only', () => {
    expect(scriptSrc(helpers.contentSecurityPolicy(helpers.INTRANET_OFFICE_JS, false))).toBe("script-src 'self'");
  });

  test('dev server: the reload websocket is allowed, nothing else', () => {
    expect(helpers.contentSecurityPolicy(helpers.CDN_OFFICE_JS, true)).toContain("connect-src 'self' wss://localhost:3000");
  });
});

describe('production manifest', () => {
  test('every localhost URL is rewritten to ADDIN_BASE_URL', () => {
    process.env.ADDIN_BASE_URL = 'https://addins.example.gov.cn/perf-target';
    const base = helpers.productionBaseUrl() as string;
    expect(base).toBe('https://addins.example.gov.cn/perf-target/');
    const out = helpers.rewriteManifest(readFileSync(join(ROOT, 'manifest.xml')), base).toString('utf8');
    expect(out).not.toContain('localhost');
    expect(out).toContain('https://addins.example.gov.cn/perf-target/taskpane.html?view=template');
    expect(out).toContain('绩效目标表助手');
  });

  test('ADDIN_BASE_URL must be https', () => {
    process.env.ADDIN_BASE_URL = 'http://addins.example.gov.cn/';
    expect(() => helpers.productionBaseUrl()).toThrow(/https/);
  });
});

describe('the configuration', () => {
  test('production: both entries, both pages, no source maps, output in dist/addin, no dev certificate', async () => {
    const config = await factory({}, { mode: 'production' });
    expect(config.mode).toBe('production');
    expect(config.devtool).toBe(false);
    expect(config.entry).toEqual({ taskpane: './src/taskpane/index.tsx', commands: './src/commands/commands.ts' });
    expect(config.output.path).toBe(join(ROOT, 'dist', 'addin'));
    expect(config.devServer).toBeUndefined();
    const pages = config.plugins.filter((p) => p.constructor.name === 'HtmlWebpackPlugin').map((p) => p.userOptions?.filename);
    expect(pages).toEqual(['taskpane.html', 'commands.html']);
    expect(Object.keys(require.cache).some((k) => k.includes('office-addin-dev-certs'))).toBe(false);
  });

  test('development: source maps that need no eval', async () => {
    const config = await factory({}, { mode: 'development' });
    expect(config.devtool).toBe('source-map');
  });

  test('the pages get office.js and the policy from the build', async () => {
    const config = await factory({ intranet: true }, { mode: 'production' });
    const params = config.plugins.find((p) => p.constructor.name === 'HtmlWebpackPlugin')?.userOptions?.templateParameters;
    expect(params?.officeJsUrl).toBe('/office/office.js');
    expect(scriptSrc(params?.contentSecurityPolicy ?? '')).toBe("script-src 'self'");
  });
});

describe('page templates', () => {
  test.each(['src/taskpane/taskpane.html', 'src/commands/commands.html'])('%s: Chinese, policy, office.js injected, no inline script', (file) => {
    const html = readFileSync(join(ROOT, file), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>" />');
    expect(html).toContain('<script src="<%= officeJsUrl %>"></script>');
    const plain = html.replace(/<%=[^%]*%>/g, 'X');
    const scripts = plain.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => /\ssrc=/.test(s) && /<script[^>]*><\/script>/.test(s))).toBe(true);
    expect(html).not.toMatch(/\son\w+=/i);
  });

  test('the task pane page has the container the pane renders into', () => {
    expect(readFileSync(join(ROOT, 'src/taskpane/taskpane.html'), 'utf8')).toContain('<div id="container"></div>');
  });
});

describe('the legacy pane (webpack.legacy.config.js)', () => {
  interface LegacyConfig {
    target: string[];
    entry: Record<string, string>;
    output: { path: string; filename: string; clean: boolean };
    plugins: { constructor: { name: string } }[];
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const legacy = require('../webpack.legacy.config.js') as ((env: unknown, argv: { mode: string }) => LegacyConfig) & { legacyConfig(mode: string, dir?: string): LegacyConfig };

  test('ES5, into dist/addin beside the add-in (which it must not clean), under the name legacy-check.js loads', () => {
    const config = legacy({}, { mode: 'production' });
    expect(config.target).toEqual(['web', 'es5']);
    expect(config.entry).toEqual({ 'legacy-pane': './src/legacy/index.ts' });
    expect(config.output.path).toBe(join(ROOT, 'dist', 'addin'));
    expect(config.output.clean).toBe(false);
    expect(config.output.filename).toBe('[name].js');
    expect(readFileSync(join(ROOT, 'src/legacy/check.js'), 'utf8')).toContain("var LEGACY_PANE_SRC = 'legacy-pane.js';");
    expect(config.plugins.map((p) => p.constructor.name)).toContain('NormalModuleReplacementPlugin');
  });

  test('npm run build builds the add-in first (it cleans dist/addin), then the legacy pane', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    for (const name of ['build', 'build:dev', 'build:intranet']) {
      const parts = scripts[name].split(' && ');
      expect(parts).toHaveLength(2);
      expect(parts[0]).toMatch(/^webpack --mode/);
      expect(parts[1]).toMatch(/^webpack -c webpack\.legacy\.config\.js --mode/);
    }
  });
});
