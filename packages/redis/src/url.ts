// Redis connection strings, without the client: the web's env (also bundled for the browser)
// imports this.

/** Render's `fromService … hostport` gives `host:port`; everything else gives a redis:// URL. */
export function normaliseRedisUrl(value: string): string {
  return /^rediss?:\/\//.test(value) ? value : `redis://${value}`;
}

/**
 * REDIS_URL with REDIS_PASSWORD folded in. Render gives the two separately (a Blueprint cannot
 * join them): `host:port` from the Redis service, the generated password from an env group.
 * A password already in the URL is kept unless REDIS_PASSWORD is set, which then wins.
 */
export function redisUrlWithPassword(value: string, password?: string): string {
  const url = new URL(normaliseRedisUrl(value));
  if (password) url.password = encodeURIComponent(password);
  return url.toString().replace(/\/$/, '');
}
