/** Copies text to the clipboard; false where the browser refuses (no permission, an
 * insecure origin, a sandboxed frame), so the caller can show the text to copy by hand. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
