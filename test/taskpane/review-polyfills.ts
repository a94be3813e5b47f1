/**
 * What the Excel stand-in needs in jsdom: TextEncoder/TextDecoder (jsdom leaves them out; the
 * stand-in measures payloads in UTF-8 bytes). Imported before the stand-in.
 */
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
g.TextEncoder ??= TextEncoder;
g.TextDecoder ??= TextDecoder;

