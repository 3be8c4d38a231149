// The one zod the app uses: zod/mini, the tree-shakable functional API of zod 4 (issue 9's
// size budget: the classic API bundles every method of every schema, ~30 KB gzip more).
// Import z from here, never from 'zod' directly, so the configuration below always applies.
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// English issue messages, as classic zod gives them ("Too small: expected string to have
// >=1 characters"); zod/mini says only "Invalid input" without a locale. The data loaders show
// these messages to users. jitless: never build parsers with new Function (our CSP has no
// 'unsafe-eval'); zod/mini's objects do not compile anyway, this keeps it so if that changes.
z.config({...en(), jitless: true});

export {z};
