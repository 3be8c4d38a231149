/** Shows a user's bad value safely and briefly: React escapes it, this keeps it short. Control
 * and direction-override characters become spaces (an override could make the message read
 * backwards). */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function quote(value: string): string {
  const clean = value.replace(HIDDEN, ' ').trim();
  return `'${clean.length > 40 ? `${clean.slice(0, 39)}…` : clean}'`;
}
