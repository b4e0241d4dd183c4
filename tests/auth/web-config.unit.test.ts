// The web's sign-in configuration refusals (apps/web/src/env.ts).
import { describe, expect, it } from 'vitest';

import { parseWebEnv } from '../../apps/web/src/env.ts';

describe('web configuration', () => {
  it('refuses the development sign-in in staging and production', () => {
    for (const APP_ENV of ['staging', 'production']) {
      expect(() => parseWebEnv({ APP_ENV, AUTH_DEV_SIGN_IN: 'true' })).toThrow(
        /must not be enabled in staging or production/,
      );
    }
    expect(parseWebEnv({ APP_ENV: 'production' }).AUTH_DEV_SIGN_IN).toBe(false);
    expect(parseWebEnv({ APP_ENV: 'development', AUTH_DEV_SIGN_IN: 'true' }).AUTH_DEV_SIGN_IN).toBe(
      true,
    );
    expect(parseWebEnv({ APP_ENV: 'test', AUTH_DEV_SIGN_IN: 'true' }).AUTH_DEV_SIGN_IN).toBe(true);
  });

  it('joins the private api host and port (Render), never guessing a port', () => {
    const base = { APP_ENV: 'production', NEXT_PUBLIC_API_URL: 'https://api.example.org' };
    expect(
      parseWebEnv({ ...base, API_INTERNAL_HOST: 'overlord-api-x1', API_INTERNAL_PORT: '4000' })
        .API_INTERNAL_URL,
    ).toBe('http://overlord-api-x1:4000');
    // An explicit URL wins; with nothing private the public URL is used.
    expect(
      parseWebEnv({ ...base, API_INTERNAL_URL: 'http://a:1', API_INTERNAL_HOST: 'b' })
        .API_INTERNAL_URL,
    ).toBe('http://a:1');
    expect(parseWebEnv(base).API_INTERNAL_URL).toBe('https://api.example.org');
    expect(() => parseWebEnv({ ...base, API_INTERNAL_HOST: 'overlord-api-x1' })).toThrow(
      /API_INTERNAL_HOST and API_INTERNAL_PORT together/,
    );
  });

  it('enables the development sign-in only when APP_ENV says development or test', () => {
    // A missing APP_ENV defaults to development for everything else, but never enables this.
    for (const APP_ENV of [undefined, '']) {
      expect(() => parseWebEnv({ APP_ENV, AUTH_DEV_SIGN_IN: 'true' })).toThrow(
        /needs APP_ENV set explicitly to development or test/,
      );
      expect(() => parseWebEnv({ APP_ENV, AUTH_DEV_SIGN_IN: '1' })).toThrow(/APP_ENV/);
    }
    expect(parseWebEnv({}).AUTH_DEV_SIGN_IN).toBe(false);
  });

  it('refuses a stand-in Google issuer when deployed', () => {
    expect(() =>
      parseWebEnv({ APP_ENV: 'production', AUTH_GOOGLE_ISSUER: 'http://localhost:9999' }),
    ).toThrow(/tests only/);
  });
});
