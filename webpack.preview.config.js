/**
 * Builds the browser preview (src/preview) into dist/preview/: the production task pane beside a
 * drawing of the workbook, over the Excel stand-in. No office.js: the stand-in provides the Office
 * and Excel globals. `npm run preview` (scripts/preview.ts) builds it and serves it with the sample.
 *
 *   npx webpack -c webpack.preview.config.js --mode production
 */
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { outputFor, typescriptModule } = require('./webpack.config.js').helpers;

const OUTPUT_DIR = path.resolve(__dirname, 'dist', 'preview');

/**
 * Everything from the page's own origin; no inline script and no eval. Styles may be inline
 * (Fluent UI inserts <style> elements). connect-src 'self' lets the page fetch the bundled sample
 * and nothing else: files the user opens are read in the page (or its worker), never sent.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The reading worker: the page's own script, nothing else (no blob: or data: workers).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

module.exports = (_env, argv = {}) => {
  const dev = argv.mode === 'development';
  return {
    mode: dev ? 'development' : 'production',
    // Never eval source maps: the page's CSP forbids eval.
    devtool: dev ? 'source-map' : false,
    entry: {
      preview: './src/preview/index.tsx',
      // The reading worker (src/preview/open-worker.ts): a script under a fixed name the page knows
      // (src/preview/open-protocol.ts), holding what a plain .xlsx needs. ExcelJS (for an .xlsx the
      // fast loader declines) and the .xls and web-page readers are chunks it loads with
      // importScripts, from this folder (script-src 'self'), only for a file that needs them
      // (src/preview/read-model.ts): the worker starts anew for every file and compiled them all.
      'open-worker': { import: './src/preview/open-worker.ts', filename: 'open-worker.js', chunkLoading: 'import-scripts' },
      // The checking worker (src/preview/check-worker.ts): the engine alone, the same way.
      'check-worker': { import: './src/preview/check-worker.ts', filename: 'check-worker.js', chunkLoading: false },
    },
    output: outputFor(OUTPUT_DIR, dev),
    resolve: {
      extensions: ['.tsx', '.ts', '.js'],
      // The .xls and web-page readers (src/preview/legacy-model.ts) share the .xlsx reader's
      // snapshot code (toGrid in src/hosts/file/xlsx-read.ts), whose module also holds the command
      // line's zip reader over node:zlib. The preview never calls that reader (its .xlsx loading is
      // src/standin/xlsx-lean.ts over DecompressionStream), so node:zlib is an empty module here:
      // no Node API and no polyfill in the page's bundles (test/preview/legacy-open.test.ts). The
      // `node:` prefix is taken off first (webpack resolves no `node:` request for a browser).
      fallback: { zlib: false },
    },
    module: typescriptModule(dev),
    optimization: {
      splitChunks: {
        // The workers' own scripts stay whole (what they always run); the chunks the reading worker
        // loads when a file needs them are split like the page's, ExcelJS one file for both.
        chunks: (chunk) => chunk.name !== 'open-worker' && chunk.name !== 'check-worker',
        cacheGroups: {
          // ExcelJS resolves to its self-contained browser build (package.json "browser" field),
          // so no Node built-ins need fallbacks; it is large, so it gets a chunk of its own.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', priority: 40 },
          react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|keyborg|@floating-ui|@swc|stylis|rtl-css-js|embla-carousel[^\\/]*)[\\/]/,
            name: 'fluent',
            priority: 20,
          },
        },
      },
    },
    // A preview page for reviewers, loaded from the local machine: ExcelJS alone is about 1 MB.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        templateParameters: { contentSecurityPolicy: CONTENT_SECURITY_POLICY },
        chunks: ['preview'],
        scriptLoading: 'defer',
      }),
      // The add-in's own icon, so the browser does not ask for a missing /favicon.ico.
      new CopyWebpackPlugin({ patterns: [{ from: 'assets/icon-32.png', to: 'icon-32.png' }] }),
      new webpack.NormalModuleReplacementPlugin(/^node:zlib$/, (resource) => {
        resource.request = 'zlib';
      }),
    ],
  };
};

module.exports.CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY;
module.exports.OUTPUT_DIR = OUTPUT_DIR;
