// Saves a Blob as a file through a temporary link: no server, works offline, and the file
// name says what and which option it is.
export const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Firefox and Safari may still be reading the blob after the click returns; revoking at once
  // can cancel the download. Ten seconds is ample, and then the memory is released.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** footprint-revised-regions-2026-11-23.csv */
export function exportName(
  optionId: string,
  what: string,
  ext: string,
  now: Date = new Date(),
): string {
  return `footprint-${optionId}-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
