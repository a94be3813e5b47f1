/*
 * The ribbon's function file in a webview that cannot run the commands bundle (ES2020): Internet
 * Explorer 11 and EdgeHTML, in Office 2016 and 2019 volume licence. There the bundle does not parse,
 * so 一键校验 would find no function and fail without a word. This ES5 script, loaded by
 * commands.html after src/legacy/check.js (which sets window.perfTargetLegacy), then defines
 * `checkActiveSheet` itself, as a global (how Office before `Office.actions` finds a command's
 * function): it opens the task pane page in an Office dialog, where check.js shows, in Chinese and
 * English, why the add-in cannot run here and what to use instead (the command line, the browser
 * preview). The command is completed when the dialog is closed, or at once if no dialog can open.
 * In a current webview it does nothing, and the bundle registers the real command.
 */
(function (window) {
  'use strict';

  var legacy = window.perfTargetLegacy;
  if (!legacy || !legacy.unsupported) return;

  /** The task pane page beside this function file (same origin, as Office requires of a dialog). */
  function messagePage() {
    var here = String(window.location.href).replace(/[?#].*$/, '');
    return here.replace(/[^\/]*$/, '') + 'taskpane.html';
  }

  function checkActiveSheet(event) {
    var done = false;
    function complete() {
      if (done) return;
      done = true;
      try {
        event.completed();
        // ES5 has no catch without a binding.
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
      } catch (e) {
        // Nothing else can be done in a function file.
      }
    }
    var Office = window.Office;
    var ui = Office && Office.context && Office.context.ui;
    if (!ui || typeof ui.displayDialogAsync !== 'function') {
      complete();
      return;
    }
    try {
      ui.displayDialogAsync(messagePage(), { height: 60, width: 40, displayInIframe: true }, function (result) {
        var dialog = result && result.status === 'succeeded' ? result.value : null;
        if (!dialog) {
          complete();
          return;
        }
        // Closing the dialog (or its page going away) ends the command.
        var closed = (Office.EventType && Office.EventType.DialogEventReceived) || 'dialogEventReceived';
        dialog.addEventHandler(closed, function () {
          complete();
        });
      });
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
    } catch (e) {
      complete();
    }
  }

  window.checkActiveSheet = checkActiveSheet;
  if (window.Office && typeof window.Office.initialize !== 'function') window.Office.initialize = function () {};
})(window);
