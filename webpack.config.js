/**
 * Builds the Excel add-in (task pane + ribbon commands) into dist/addin/.
 *
 *   npm run build                         production build; ADDIN_BASE_URL=https://host/path/ rewrites the manifest
 *   npm run build -- --env intranet       office.js from the add-in's own host (/office/office.js), see docs/intranet.md
 *   npm run dev-server                    https://localhost:3000 with the Office dev certificate
 *
 * OFFICE_JS_URL overrides where office.js is loaded from. The command line is compiled separately
 * (tsc -p tsconfig.cli.json into dist/), so this build cleans only dist/addin.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The host the source manifest points at; production builds replace it with ADDIN_BASE_URL. */
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const INTRANET_OFFICE_JS = '/office/office.js';
const OUTPUT_DIR = path.resolve(__dirname, 'dist', 'addin');

/** Where the pages load office.js from. */
function officeJsUrl(env) {
  if (process.env.OFFICE_JS_URL) return process.env.OFFICE_JS_URL;
  return env.intranet ? INTRANET_OFFICE_JS : CDN_OFFICE_JS;
}

/** The origin of an absolute URL, or null for a path on the add-in's own host. */
function originOf(url) {
  return /^https?:\/\//i.test(url) ? new URL(url).origin : null;
}

/**
 * Scripts only from the add-in itself and office.js's origin, no inline script, no eval (so no
 * eval source maps either). Styles may be inline: Fluent UI (Griffel) and office.js insert <style>
 * elements at run time. Nothing is sent anywhere but the add-in's own host.
 */
function contentSecurityPolicy(officeJs, dev) {
  const officeOrigin = originOf(officeJs);
  const scriptSrc = ["'self'", officeOrigin].filter(Boolean).join(' ');
  // 'self' covers the dev server's websocket in current browsers; older WebViews need it spelled out.
  const connectSrc = ["'self'", dev ? `wss://localhost:${DEV_PORT}` : null].filter(Boolean).join(' ');
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connectSrc}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** ADDIN_BASE_URL with exactly one trailing slash; null when not set. */
function productionBaseUrl() {
  const raw = process.env.ADDIN_BASE_URL;
  if (!raw) return null;
  if (!/^https:\/\//i.test(raw)) throw new Error(`ADDIN_BASE_URL must be an https:// URL (Office requires https), got: ${raw}`);
  return raw.replace(/\/+$/, '') + '/';
}

/** Points every add-in URL of the manifest at the production host. */
function rewriteManifest(content, baseUrl) {
  return Buffer.from(content.toString('utf8').split(DEV_BASE_URL).join(baseUrl), 'utf8');
}

async function devServerOptions() {
  // Required only here: it installs a certificate (sudo on Linux) and must stay out of builds and tests.
  const devCerts = require('office-addin-dev-certs');
  const https = await devCerts.getHttpsServerOptions();
  return {
    port: DEV_PORT,
    server: { type: 'https', options: { ca: https.ca, key: https.key, cert: https.cert } },
    headers: { 'Access-Control-Allow-Origin': '*' },
    hot: false,
    liveReload: true,
    static: false,
  };
}

/** Output file names: content hashes in production so Office and browsers can cache for long. */
function outputFor(dir, dev) {
  return {
    path: dir,
    filename: dev ? '[name].js' : '[name].[contenthash:8].js',
    chunkFilename: dev ? '[name].chunk.js' : '[name].[contenthash:8].chunk.js',
    clean: true,
  };
}

/** TypeScript through ts-loader; shared by the add-in and the browser preview builds. */
function typescriptModule(dev) {
  return {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: 'ts-loader',
          options: {
            // Type checking is `npm run typecheck`. ES modules here let webpack split code at
            // dynamic import() and drop unused exports (tsconfig.json says commonjs, for Node).
            transpileOnly: true,
            compilerOptions: { module: 'esnext', noEmit: false, sourceMap: dev },
          },
        },
      },
    ],
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode === 'development';
  const officeJs = officeJsUrl(env);
  const csp = contentSecurityPolicy(officeJs, dev);
  const baseUrl = dev ? null : productionBaseUrl();
  if (!dev && !baseUrl) {
    console.warn(`[perf-target] ADDIN_BASE_URL is not set: manifest.xml keeps ${DEV_BASE_URL}`);
  }
  const templateParameters = { officeJsUrl: officeJs, contentSecurityPolicy: csp };

  const copy = [
    { from: 'assets/*.png', to: 'assets/[name][ext]' },
    { from: 'assets/*.html', to: 'assets/[name][ext]' },
    // ES5, loaded before the bundle by taskpane.html (not bundled: webpack's runtime is not ES5).
    { from: 'src/legacy/check.js', to: 'legacy-check.js' },
    // ES5, loaded by commands.html: 一键校验 in a webview the commands bundle cannot run in.
    { from: 'src/legacy/commands.js', to: 'legacy-commands.js' },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: baseUrl ? (content) => rewriteManifest(content, baseUrl) : undefined,
    },
  ];
  if (env.intranet && process.env.OFFICE_JS_DIR) {
    copy.push({ from: path.resolve(process.env.OFFICE_JS_DIR), to: 'office/' });
  } else if (env.intranet) {
    console.warn('[perf-target] intranet build: put office.js and its files in dist/addin/office/ (see docs/intranet.md), or set OFFICE_JS_DIR.');
  }

  const config = {
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: outputFor(OUTPUT_DIR, dev),
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: typescriptModule(dev),
    optimization: {
      // The pane's first script stays small: React and Fluent UI in their own cacheable chunks, and
      // whatever the pane loads with import() in chunks of its own.
      splitChunks: {
        // The ribbon command's page loads one script, whole: split, its engine would be five
        // files that share code with the pane's lazily loaded parts, and gzip a few KB worse.
        chunks: (chunk) => chunk.name !== 'commands',
        cacheGroups: {
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|stylis|rtl-css-js|embla-carousel[^\\/]*)[\\/]/,
            name: 'fluent',
            priority: 20,
            // Only what the first script uses: the components of the lazily loaded parts (the
            // dialogs' inputs, the template form's) load with those parts, not at start.
            chunks: 'initial',
          },
        },
      },
    },
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 1536 * 1024, maxAssetSize: 1024 * 1024 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters,
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        templateParameters,
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
  };
  if (env.WEBPACK_SERVE) config.devServer = await devServerOptions();
  return config;
};

module.exports.helpers = { outputFor, typescriptModule, officeJsUrl, contentSecurityPolicy, rewriteManifest, productionBaseUrl, DEV_BASE_URL, CDN_OFFICE_JS, INTRANET_OFFICE_JS };
