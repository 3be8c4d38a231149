/** Shows a user's bad value safely and briefly: React escapes it, this keeps it short. */
export function quote(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
  return `'${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}'`;
}
