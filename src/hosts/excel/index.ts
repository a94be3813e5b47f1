export { ExcelHost, encodeForWrite, type ExcelHostOptions } from './host';
export { detectCapabilities, capabilityNotes } from './capabilities';
export { toHostError, officeErrorCode } from './errors';
export { MARK_FILL, MARK_TAG, markFormula, markSeverity } from './marks';
export type { ExcelRun, HostCapabilities, IsSetSupported } from './types';
