/**
 * DOM tests wait for what the pane shows after a check; testing-library's default wait is one
 * second, which two jest workers on a shared two-core machine can overrun (a check of the stand-in's
 * sheet then "could not be found"). A wait, not a limit: a test that passes passes as soon as the
 * element appears. Node-environment tests load nothing here.
 */
import type * as Dom from '@testing-library/dom';

if (typeof document !== 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only where a DOM exists
  const { configure } = require('@testing-library/dom') as typeof Dom;
  configure({ asyncUtilTimeout: 15000 });
}
