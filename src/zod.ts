// Every module takes zod from here (lint forbids importing 'zod' elsewhere), so the config
// below runs before any schema is built. jitless: zod otherwise compiles object parsers with
// `new Function`, which the Content-Security-Policy (no 'unsafe-eval') refuses; zod reads
// the flag when a schema is built, and skips its own eval probe (which would still be
// reported as a CSP violation) when it is set.
import {z} from 'zod';

z.config({jitless: true});

export {z};
