// Which judge the environment selects: a model in staging and production, offline elsewhere,
// and a refusal (or the operator's explicit opt-in) when the model's key is missing.
import { describe, expect, it } from 'vitest';

import { createOverlord, overlordEnvSchema, resolveJudge } from '../src';
import { z } from 'zod';

const parse = (env: Record<string, string>) => z.object(overlordEnvSchema).parse(env);

describe('resolveJudge', () => {
  it('development and tests default to the offline judge', () => {
    for (const APP_ENV of ['development', 'test'] as const)
      expect(resolveJudge({ ...parse({}), APP_ENV }).status).toEqual({
        provider: 'offline',
        offlineOptIn: false,
      });
  });

  it('staging and production default to Anthropic, with model ids from the environment', () => {
    const judge = resolveJudge({
      ...parse({ ANTHROPIC_API_KEY: 'k', ANTHROPIC_MODEL: 'claude-opus-4-1' }),
      APP_ENV: 'staging',
    });
    expect(judge.status).toEqual({ provider: 'anthropic', offlineOptIn: false });
    expect(createOverlord(judge.config).name).toBe('anthropic:claude-opus-4-1');
  });

  it('refuses a deployment without the key, and explains both ways out', () => {
    expect(() => resolveJudge({ ...parse({}), APP_ENV: 'production' })).toThrow(
      /APP_ENV=production is judged by anthropic by default, and needs ANTHROPIC_API_KEY\. Set the key, or set OVERLORD_ALLOW_OFFLINE=true/,
    );
    expect(() =>
      resolveJudge({ ...parse({ OVERLORD_PROVIDER: 'offline' }), APP_ENV: 'staging' }),
    ).toThrow(/OVERLORD_ALLOW_OFFLINE=true/);
    // Development asked for a model explicitly: still refused without its key.
    expect(() => resolveJudge(parse({ OVERLORD_PROVIDER: 'anthropic' }))).toThrow(
      /ANTHROPIC_API_KEY/,
    );
  });

  it('with OVERLORD_ALLOW_OFFLINE=true runs the offline judge and says it was opted into', () => {
    const judge = resolveJudge({
      ...parse({ OVERLORD_ALLOW_OFFLINE: 'true' }),
      APP_ENV: 'production',
    });
    expect(judge.status).toEqual({ provider: 'offline', offlineOptIn: true });
    expect(createOverlord(judge.config).name).toBe('offline-v1');
    // With the key the model runs; the opt-in only ever replaces a missing model.
    expect(
      resolveJudge({
        ...parse({ OVERLORD_ALLOW_OFFLINE: 'true', ANTHROPIC_API_KEY: 'k' }),
        APP_ENV: 'production',
      }).status,
    ).toEqual({ provider: 'anthropic', offlineOptIn: false });
  });

  it('reads model prices from JSON and refuses malformed ones', () => {
    const env = parse({ OVERLORD_MODEL_PRICES: '{"my-model":{"input":2,"output":4}}' });
    expect(env.OVERLORD_MODEL_PRICES).toEqual({ 'my-model': { input: 2, output: 4 } });
    expect(() => parse({ OVERLORD_MODEL_PRICES: 'cheap' })).toThrow(/must be JSON/);
    expect(() => parse({ OVERLORD_MODEL_PRICES: '{"m":{"input":-1,"output":0}}' })).toThrow();
    expect(() => parse({ OVERLORD_ALLOW_OFFLINE: 'maybe' })).toThrow();
  });
});
