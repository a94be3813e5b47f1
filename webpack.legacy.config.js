/**
 * Builds the legacy task pane (src/legacy/index.ts) into dist/addin/legacy-pane.js: ES5 for
 * Internet Explorer 11 and EdgeHTML (Office 2016 and 2019), loaded by legacy-check.js where the full
 * pane cannot run and Office.js is present.
 *
 *   npm run build            builds the full add-in, then this (see package.json)
 *   npm run build:legacy     this alone
 *
 * TypeScript is compiled by ts-loader (types stripped, ES2020 kept), then Babel's preset-env lowers
 * the syntax to ES5, rewrites the `u`-flag regular expressions (\p{P}, \p{S}) into ES5 ones, and
 * adds the core-js modules the code uses and IE 11 lacks (useBuiltIns: 'usage', core-js pinned in
 * package.json), less those it cannot need (NOT_NEEDED). src/core/engine/decimal.ts (BigInt, which has no
 * ES5 form) is replaced by src/legacy/decimal-es5.ts, tested to give the same results.
 * The file name has no hash: legacy-check.js, itself not built, names it.
 */
const path = require('node:path');
const { typescriptModule } = require('./webpack.config.js').helpers;

const OUTPUT_DIR = path.resolve(__dirname, 'dist', 'addin');
const LEGACY_TARGETS = 'ie 11';
const COREJS_VERSION = require('core-js/package.json').version;
const webpack = require('webpack');

/**
 * core-js modules Babel's usage detection adds from a method's name alone (`x.map` might be an
 * iterator helper, `x.bold` the old String method) although the code, which runs on Node 20 too,
 * cannot use them: iterator helpers, the Set methods and Map.getOrInsert of ES2025+, the typed-array
 * methods (only Int32Array's constructor and indexing are used, native in IE 11), ArrayBuffer.transfer,
 * the HTML string methods, Error's cause option (HostError sets cause itself), and the RegExp
 * constructor's support for the s and y flags and named groups: the bundle's three `new RegExp`
 * calls take a string and the flags g or i (regular expression literals are rewritten by Babel).
 */
const NOT_NEEDED = [
  // The same, under the names core-js gives them while they were proposals (Babel adds those too).
  /^esnext\./,
  /^es\.iterator\./,
  /^es\.set\.(?!constructor$)[a-z-]+\.v2$/,
  /^es\.map\.get-or-insert/,
  /^es\.typed-array\./,
  /^es\.array-buffer\./,
  'es.string.anchor',
  'es.string.bold',
  'es.error.cause',
  'es.regexp.constructor',
  'es.regexp.dot-all',
  'es.regexp.sticky',
];

const CORE_DECIMAL = path.resolve(__dirname, 'src', 'core', 'engine', 'decimal');
const ES5_DECIMAL = path.resolve(__dirname, 'src', 'legacy', 'decimal-es5.ts');

function babelLoader() {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: false,
      sourceType: 'unambiguous',
      presets: [
        [
          '@babel/preset-env',
          {
            targets: LEGACY_TARGETS,
            modules: false,
            bugfixes: true,
            useBuiltIns: 'usage',
            corejs: COREJS_VERSION,
            exclude: NOT_NEEDED,
            // Spread, for-of and destructuring over Map/Set/arrays as the spec says (needs Symbol.iterator, polyfilled).
            loose: false,
          },
        ],
      ],
    },
  };
}

/** The legacy bundle's configuration; `outputDir` lets the test build it elsewhere. */
function legacyConfig(mode, outputDir = OUTPUT_DIR) {
  const dev = mode === 'development';
  const ts = typescriptModule(false).rules[0];
  return {
    mode,
    context: __dirname,
    devtool: false,
    target: ['web', 'es5'],
    entry: { 'legacy-pane': './src/legacy/index.ts' },
    output: { path: outputDir, filename: '[name].js', clean: false, iife: true, environment: { arrowFunction: false, const: false, destructuring: false, forOf: false, module: false, optionalChaining: false, templateLiteral: false } },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      // One file (legacy-check.js names it): the modern host's import() of its template and report
      // writers, which the legacy pane never calls, stays in the bundle instead of becoming chunks.
      parser: { javascript: { dynamicImportMode: 'eager' } },
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: [babelLoader(), ts.use] },
        // core-js is ES5 already; anything else from node_modules would be lowered too.
        { test: /\.m?js$/, exclude: /[\\/]node_modules[\\/]core-js[\\/]/, use: [babelLoader()] },
      ],
    },
    plugins: [
      new webpack.NormalModuleReplacementPlugin(/decimal$/, (resource) => {
        if (resource.context && path.resolve(resource.context, resource.request) === CORE_DECIMAL) resource.request = ES5_DECIMAL;
      }),
    ],
    optimization: { minimize: !dev, splitChunks: false, runtimeChunk: false },
    performance: { hints: dev ? false : 'warning', maxEntrypointSize: 512 * 1024, maxAssetSize: 512 * 1024 },
  };
}

/** webpack-cli calls this with (env, argv); only argv.mode matters. */
module.exports = (...args) => legacyConfig(args[1] && args[1].mode === 'development' ? 'development' : 'production');
module.exports.legacyConfig = legacyConfig;
