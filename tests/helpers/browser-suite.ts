// One browser suite's whole world: a cloned database (seeded), the api and worker on the shared
// browser ports, `next start` against them, and Debian's Chromium. Suites with extra parts (a
// stand-in Google, a breakable network line) assemble their own from the same helpers.
import { sessionCookieName } from '@overlord/core';
import type { Db } from '@overlord/db';
import { seed } from '@overlord/db/seed';
import type { Browser, BrowserContext } from 'playwright-core';

import { TEST_API_PORT, TEST_WEB_PORT } from '../setup/ports.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { startTestStack, type TestStack } from './stack.ts';
import {
  holdBrowserPorts,
  launchChromium,
  startWeb,
  type WebServer,
  WEB_ORIGIN,
  webEnv,
} from './web.ts';

export interface BrowserSuite {
  database: TestDatabase;
  stack: TestStack;
  web: WebServer;
  browser: Browser;
  /** A fresh browser context, signed in as `username` (null: anonymous). */
  contextAs(username: string | null, width?: number): Promise<BrowserContext>;
  stop(): Promise<void>;
}

export async function startBrowserSuite(
  opts: {
    /** Extra rows after the seed, before anything starts. */
    prepare?: (db: Db) => Promise<void>;
    /** The development sign-in form on /sign-in. */
    devSignIn?: boolean;
    /** false: no worker, so items stay queued until the suite starts one. */
    worker?: boolean;
  } = {},
): Promise<BrowserSuite> {
  const releasePorts = await holdBrowserPorts();
  const parts: Partial<Omit<BrowserSuite, 'contextAs' | 'stop'>> = {};
  const stop = async () => {
    await parts.browser?.close();
    await parts.web?.stop();
    await parts.stack?.stop();
    await parts.database?.drop();
    await releasePorts();
  };
  try {
    const database = (parts.database = await createTestDatabase());
    await seed(database.db);
    await opts.prepare?.(database.db);
    const stack = (parts.stack = await startTestStack({
      db: database.db,
      databaseUrl: database.url,
      apiPort: TEST_API_PORT,
      corsOrigins: [WEB_ORIGIN],
      ...(opts.worker === false ? { worker: false } : {}),
    }));
    const web = (parts.web = await startWeb({
      port: TEST_WEB_PORT,
      apiUrl: stack.apiUrl,
      env: webEnv(database.url, { devSignIn: opts.devSignIn ?? false }),
    }));
    const browser = (parts.browser = await launchChromium());
    return {
      database,
      stack,
      web,
      browser,
      async contextAs(username, width = 1280) {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        if (username) {
          // The same session row next-auth writes, its cookie on the web's origin.
          const { token } = await stack.signIn(username);
          await context.addCookies([
            { name: sessionCookieName(false), value: token, domain: '127.0.0.1', path: '/' },
          ]);
        }
        return context;
      },
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}
