// The names the app gives its globals on `window`, by one rule written here: a name starting
// with TEST_HOOK_PREFIX is a test hook (test-hooks.ts), set only under automation; every other
// global the app sets is there for everyone and must not start with it (the types refuse one
// that does). tests/e2e/test-hooks.e2e.ts reads the prefix from here. Imports nothing: the early
// map (early/early-map.ts) loads it before the first paint.

/** What every test hook's window name starts with (`__footprintMap`, `__footprintFlows`…). */
export const TEST_HOOK_PREFIX = '__footprint';

/** A test hook's window name. */
export type TestHookName = `${typeof TEST_HOOK_PREFIX}${string}`;

/** `Name`, if it is not a test hook's name (else never: a type error where it is assigned). */
type PageGlobalName<Name extends string> = Name extends TestHookName ? never : Name;

/** The window property of the early map's queue (early-map.ts), shared by it and the app; on
 * every page, automated or not, so not a test hook's name. */
export const EARLY_QUEUE: PageGlobalName<'__fpEarlyMapQueue'> = '__fpEarlyMapQueue';
