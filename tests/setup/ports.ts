// Fixed ports of the test run, apart from the dev stack's, so both can run at once.
export const TEST_PG_PORT = 54330;
export const TEST_REDIS_PORT = 63800;
/** The browser suite's api and web; the web bundle is built against this api origin. */
export const TEST_API_PORT = 54510;
export const TEST_WEB_PORT = 54520;
