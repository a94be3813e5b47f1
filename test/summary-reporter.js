// Prints the plain closing line CI reads ("N passed, N failed") after jest's own summary. With
// TEST_COUNTS_FILE set, also appends the counts there, so .ci/run can total several jest runs.
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const line = `${results.numPassedTests} passed, ${results.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stderr.write(`\n${line}\n`);
    if (process.env.TEST_COUNTS_FILE) appendFileSync(process.env.TEST_COUNTS_FILE, `${results.numPassedTests} ${results.numFailedTests} ${skipped}\n`);
  }
}
module.exports = SummaryReporter;
