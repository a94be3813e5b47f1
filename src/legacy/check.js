/*
 * Runs before the task pane's bundle, in every webview Office may use, so it is ES5 only (no let,
 * no arrow functions, no Promise). The pane's bundle is ES2020: Office 2016 and 2019 (volume
 * licence) run add-ins in Internet Explorer 11 or EdgeHTML, which cannot parse it, and the pane
 * would stay blank. Here such a webview is recognised, and once the page (and office.js, a blocking
 * script after this one) is loaded:
 * - Office.js is there: the legacy pane (legacy-pane.js, ES5, webpack.legacy.config.js) is loaded
 *   into #legacy-pane instead; if that script cannot be loaded, the message below is shown.
 * - no Office.js (the page opened in a browser, or office.js blocked): the message, in Chinese and
 *   English, says what is needed and what to use instead. The texts are in taskpane.html
 *   (#legacy-message), checked against the message catalogue (src/core/i18n/ui.ts, legacy.*) by
 *   test/legacy/check.test.ts.
 */
(function (window, document) {
  'use strict';

  /** What the pane needs: ES2015+ built-ins, and the ES2020 ones EdgeHTML lacks. */
  function missingFeatures() {
    var missing = [];
    if (typeof window.Promise !== 'function') missing.push('Promise');
    if (typeof window.fetch !== 'function') missing.push('fetch');
    if (typeof window.Proxy !== 'function') missing.push('Proxy');
    if (typeof window.Symbol !== 'function') missing.push('Symbol');
    if (typeof window.Promise === 'function' && typeof window.Promise.allSettled !== 'function') missing.push('Promise.allSettled');
    if (typeof Object.fromEntries !== 'function') missing.push('Object.fromEntries');
    if (typeof String.prototype.matchAll !== 'function') missing.push('String.prototype.matchAll');
    if (typeof window.globalThis === 'undefined') missing.push('globalThis');
    return missing;
  }

  function show(missing) {
    var message = document.getElementById('legacy-message');
    var container = document.getElementById('container');
    if (container) container.style.display = 'none';
    if (!message) return;
    var detail = document.getElementById('legacy-missing');
    if (detail) detail.appendChild(document.createTextNode(missing.join(', ')));
    message.style.display = 'block';
  }

  /** Loads the legacy pane's bundle; `failed` runs if it cannot be loaded. */
  function loadLegacyPane(failed) {
    var container = document.getElementById('container');
    if (container) container.style.display = 'none';
    var script = document.createElement('script');
    script.src = LEGACY_PANE_SRC;
    script.onerror = failed;
    (document.head || document.getElementsByTagName('head')[0]).appendChild(script);
  }

  function decide(missing) {
    var state = window.perfTargetLegacy;
    // Only a page with a place for it (the task pane, not the ribbon's function file) loads the pane.
    if (typeof window.Office !== 'undefined' && window.Office && document.getElementById('legacy-pane')) {
      state.pane = 'legacy';
      loadLegacyPane(function () {
        state.pane = 'message';
        show(missing);
      });
    } else {
      state.pane = 'message';
      show(missing);
    }
  }

  var LEGACY_PANE_SRC = 'legacy-pane.js';
  var missing = missingFeatures();
  window.perfTargetLegacy = { missing: missing, unsupported: missing.length > 0, pane: missing.length > 0 ? 'pending' : 'modern' };
  if (missing.length === 0) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      decide(missing);
    });
  } else {
    decide(missing);
  }
})(window, document);
