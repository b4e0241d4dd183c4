import { createEnv } from '@t3-oss/env-nextjs';
import { z } from 'zod';

const DEFAULT_API_URL = 'http://localhost:4000';

/** An origin without a trailing slash; `host:port` (Render's private `hostport`) gets http://. */
const apiOrigin = z
  .string()
  .trim()
  .transform((value) => (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`))
  .pipe(z.url({ protocol: /^https?$/, error: 'Expected an http(s) URL or host:port.' }))
  .transform((value) => value.replace(/\/+$/, ''));

/**
 * The web app's configuration, validated once. Nothing else reads process.env.
 * NEXT_PUBLIC_* values are inlined into the browser bundle at build time.
 */
export const env = createEnv({
  server: {
    /** Server → api (first paint in Server Components); private network in production. */
    API_INTERNAL_URL: apiOrigin.default(DEFAULT_API_URL),
  },
  client: {
    /** Browser → api. */
    NEXT_PUBLIC_API_URL: apiOrigin.default(DEFAULT_API_URL),
  },
  runtimeEnv: {
    // Falls back to the public URL when the server has no private route to the api.
    API_INTERNAL_URL: process.env.API_INTERNAL_URL || process.env.NEXT_PUBLIC_API_URL,
    NEXT_PUBLIC_API_URL: process.env.NEXT_PUBLIC_API_URL,
  },
  emptyStringAsUndefined: true,
});
