// Serves the built web app (`next start`) for browser tests, and launches Debian's Chromium.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

import { type Browser, chromium } from 'playwright-core';
import { afterEach, inject } from 'vitest';

import { chromiumPath } from '../../scripts/stack/index.ts';
import { TEST_STACK_DIR, TEST_WEB_PORT } from '../setup/ports.ts';
import './provided.ts';
import { waitFor } from './stack.ts';

const webDir = resolve(import.meta.dirname, '../../apps/web');

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

/** The browser suites' web origin: the api's CORS allowlist and next-auth's URL. */
export const WEB_ORIGIN = `http://127.0.0.1:${TEST_WEB_PORT}`;

/**
 * The web server's environment for a browser suite: sign-in against the suite's database and
 * Redis, plus the Google stand-in (its issuer URL) and/or the development sign-in.
 */
export function webEnv(
  databaseUrl: string,
  opts: { googleIssuer?: string; devSignIn?: boolean },
): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: inject('redisUrl'),
    AUTH_SECRET: 'test-secret-test-secret-test-secret',
    AUTH_URL: WEB_ORIGIN,
    ...(opts.googleIssuer
      ? {
          AUTH_GOOGLE_ID: 'overlord-test',
          AUTH_GOOGLE_SECRET: 'overlord-test-secret',
          AUTH_GOOGLE_ISSUER: opts.googleIssuer,
        }
      : {}),
    ...(opts.devSignIn ? { AUTH_DEV_SIGN_IN: 'true' } : {}),
  };
}

export async function startWeb(opts: {
  port: number;
  apiUrl: string;
  /** Extra environment (sign-in: DATABASE_URL, REDIS_URL, AUTH_* …). */
  env?: Record<string, string>;
}): Promise<WebServer> {
  if (!existsSync(resolve(webDir, '.next/BUILD_ID'))) {
    throw new Error(
      'apps/web is not built: run the suite through `npm test` (it builds the web app first).',
    );
  }
  const child: ChildProcess = spawn(
    'npx',
    ['--no-install', 'next', 'start', '--port', String(opts.port), '--hostname', '127.0.0.1'],
    {
      cwd: webDir,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        APP_ENV: 'test',
        API_INTERNAL_URL: opts.apiUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        ...opts.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let output = '';
  if (process.env.TEST_VERBOSE) child.stdout?.pipe(process.stdout);
  if (process.env.TEST_VERBOSE) child.stderr?.pipe(process.stderr);
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await waitFor(
      () =>
        fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        ),
      30_000,
      200,
    );
  } catch (error) {
    process.kill(-child.pid!, 'SIGKILL');
    throw new Error(`next start did not come up: ${output.slice(-2000)}`, { cause: error });
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
  };
}

/**
 * Content-Security-Policy violations the browser reported, by any page of any context this
 * module's Chromium opened. The pages run under the web's real policy (src/proxy.ts); a
 * violation means a script or request the policy refused, so the test that caused it fails.
 */
const cspViolations: string[] = [];

afterEach(() => {
  const found = cspViolations.splice(0);
  if (found.length > 0) {
    throw new Error(`Content-Security-Policy violations in the browser:\n${found.join('\n')}`);
  }
});

/** Hands over (and clears) the violations so far: for tests that provoke one on purpose. */
export const takeCspViolations = () => cspViolations.splice(0);

const isCspReport = (text: string) => /Content Security Policy|CSP violation/i.test(text);

/** Every new context reports policy violations (console messages and the DOM event). */
function watchCsp(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    // Injected through the DevTools protocol, so the policy does not apply to this listener.
    await context.addInitScript(`document.addEventListener('securitypolicyviolation', (e) =>
      console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline')));`);
    context.on('console', (message) => {
      if (isCspReport(message.text())) {
        cspViolations.push(`${message.location().url}: ${message.text()}`);
      }
    });
    return context;
  };
  return browser;
}

export async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return watchCsp(browser);
}

/**
 * The browser suites share one api and one web port (the web bundle is built against that api
 * origin), so only one suite may hold them at a time. A lock directory, created atomically,
 * serialises them across vitest workers; a lock left by a dead process is taken over.
 */
export async function holdBrowserPorts(timeoutMs = 600_000): Promise<() => Promise<void>> {
  const dir = resolve(import.meta.dirname, '../..', TEST_STACK_DIR, 'browser-ports.lock');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await mkdir(dir);
      await writeFile(resolve(dir, 'pid'), String(process.pid));
      return () => rm(dir, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(resolve(dir, 'pid'), 'utf8').catch(() => '0'));
      if (owner && !isAlive(owner)) await rm(dir, { recursive: true, force: true });
      if (Date.now() > deadline)
        throw new Error('Another browser suite holds the ports.', { cause: error });
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
