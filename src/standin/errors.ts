/**
 * Errors shaped like Office's `OfficeExtension.Error` (name `RichApi.Error`, a `code`, `debugInfo`),
 * with the codes and messages Excel uses.
 */
export interface DebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
}

export class OfficeError extends Error {
  readonly code: string;
  readonly debugInfo: DebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  }
}

/** The messages Excel gives for the codes the stand-in raises (English UI). */
const MESSAGES: Record<string, string> = {
  AccessDenied: 'The cell or chart you are trying to change is protected and therefore read-only.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'An internal error has occurred.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidOperationInCellEditMode:
    'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
  InvalidSelection: 'The current selection is invalid for this operation.',
  ItemNotFound: "The requested resource doesn't exist.",
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
};

export function officeError(code: string, location?: string, message?: string): OfficeError {
  return new OfficeError(code, message ?? MESSAGES[code] ?? code, location);
}

/** What Office.js throws when a property is read before `load` + `sync`. */
export function propertyNotLoaded(property: string, location: string): OfficeError {
  return new OfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${location}.${property}`,
  );
}
