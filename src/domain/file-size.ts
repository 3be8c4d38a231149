// A file's size against a limit, in words that never round across the limit: "1.1 MB" for a
// file of 1 MB and one byte (issue 21) read as if the limit were 1.1 MB. The exact bytes are
// always given; a rounded figure only when, rounded, it is still over the limit.
import {formatCount} from './format';

const MB = 1024 * 1024;

/**
 * `bytes` over `limitBytes` (a whole number of MB, 1 MB = 1,048,576 bytes), e.g.
 * "1,048,577 bytes; the limit is 1 MB (1,048,576 bytes)" or
 * "1,468,006 bytes (about 1.4 MB); the limit is 1 MB (1,048,576 bytes)".
 */
export function sizeAgainstLimit(bytes: number, limitBytes: number): string {
  const limitMb = formatCount(limitBytes / MB);
  const tenths = Math.round((bytes / MB) * 10) / 10;
  const rounded = tenths > limitBytes / MB ? ` (about ${tenths.toFixed(1)} MB)` : '';
  return `${formatCount(bytes)} bytes${rounded}; the limit is ${limitMb} MB (${formatCount(limitBytes)} bytes)`;
}
