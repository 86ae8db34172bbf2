/**
 * Excel's documented limits, which the stand-in enforces so that no test passes where Excel
 * would fail:
 * - more than 512 merged areas in one getMergedAreasOrNullObject request fail (Excel.Range
 *   reference, getMergedAreasOrNullObject; @types/office-js says the same);
 * - Excel on the web refuses a response above 5 MB (ResponsePayloadSizeLimitExceeded;
 *   "Resource limits and performance optimization for Office Add-ins", Excel add-ins section);
 * - cell-level properties of a range above 5 million cells come back null (same page).
 */
export const MERGED_AREAS_PER_REQUEST = 512;
export const RESPONSE_BYTES_ON_THE_WEB = 5 * 1024 * 1024;
export const CELLS_FOR_VALUES = 5_000_000;

/** UTF-8 bytes of a string, as the response travels. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The JSON bytes a loaded value adds to a response. */
export function responseBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}
