/*
 * Runs before the task pane's bundle, in every webview Office may use, so it is ES5 only (no let,
 * no arrow functions, no Promise). The pane's bundle is ES2020: Office 2016 and 2019 (volume
 * licence) run add-ins in Internet Explorer 11 or EdgeHTML, which cannot parse it, and the pane
 * would stay blank. Here such a webview is recognised and told, in Chinese and English, what is
 * needed and what to use instead. The texts are in taskpane.html (#legacy-message), checked against
 * the message catalogue (src/core/i18n/ui.ts, legacy.*) by test/legacy/check.test.ts.
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

  var missing = missingFeatures();
  window.perfTargetLegacy = { missing: missing, unsupported: missing.length > 0 };
  if (missing.length === 0) return;
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () {
      show(missing);
    });
  } else {
    show(missing);
  }
})(window, document);
