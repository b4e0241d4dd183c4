import { z } from 'zod';

// zod compiles object parsers with `new Function`, probing for it when the first object schema
// is built. The web's content security policy forbids eval, so in a browser the probe is a
// reported violation; parse without the compiled fast path there. Imported first by index.ts,
// before any object schema exists. Servers keep the fast path.
if ('document' in globalThis) z.config({ jitless: true });
