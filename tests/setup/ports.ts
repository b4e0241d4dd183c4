// Ports of the test run, apart from the dev stack's, so both can run at once. Overridable so
// two test runs can share a machine (each with its own TEST_STACK_DIR). The defaults sit below
// Linux's ephemeral range (32768–60999), so an outgoing connection can never be holding them.
const fromEnv = (name: string, fallback: number) => Number(process.env[name] || fallback);

export const TEST_PG_PORT = fromEnv('TEST_PG_PORT', 25430);
export const TEST_REDIS_PORT = fromEnv('TEST_REDIS_PORT', 63800);
/** The browser suite's api and web; the web bundle is built against this api origin. */
export const TEST_API_PORT = fromEnv('TEST_API_PORT', 25510);
export const TEST_WEB_PORT = fromEnv('TEST_WEB_PORT', 25520);
/** Where the test run keeps its PostgreSQL and Redis data (relative to the repo root). */
export const TEST_STACK_DIR = process.env.TEST_STACK_DIR || '.local/test';
