// Saves a Blob as a file through a temporary link: no server, works offline, and the file
// name says what and which option it is.
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the click; the URL is not needed after this turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** footprint-revised-regions-2026-11-23.csv */
export function exportName(optionId: string, what: string, ext: string, now: Date = new Date()): string {
  return `footprint-${optionId}-${what}-${now.toISOString().slice(0, 10)}.${ext}`;
}
