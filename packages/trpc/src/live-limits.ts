// Per-instance caps on open live streams: so many per signed-in citizen and so many per client
// IP. A connection takes its places before it subscribes and gives them back when it closes.

export interface LiveConnectionLimits {
  perUser: number;
  perIp: number;
}

export type LiveRefusal = 'user' | 'ip';

export function createLiveConnectionCounter(limits: LiveConnectionLimits) {
  const byUser = new Map<string, number>();
  const byIp = new Map<string, number>();
  const take = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  const give = (map: Map<string, number>, key: string) => {
    const left = (map.get(key) ?? 1) - 1;
    if (left > 0) map.set(key, left);
    else map.delete(key);
  };
  return {
    /** A release function, or why the connection is refused. */
    acquire(who: { userId: string | null; ip: string }): (() => void) | LiveRefusal {
      if (who.userId && (byUser.get(who.userId) ?? 0) >= limits.perUser) return 'user';
      if ((byIp.get(who.ip) ?? 0) >= limits.perIp) return 'ip';
      if (who.userId) take(byUser, who.userId);
      take(byIp, who.ip);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (who.userId) give(byUser, who.userId);
        give(byIp, who.ip);
      };
    },
    openConnections: () => [...byIp.values()].reduce((n, c) => n + c, 0),
  };
}

/**
 * One timer for every open stream: an SSE comment line (ignored by EventSource) every interval,
 * so proxies and load balancers do not close a stream that has been quiet for a while.
 */
export function createHeartbeat(intervalMs: number) {
  const open = new Set<{ write(chunk: string): unknown }>();
  let timer: NodeJS.Timeout | null = null;
  return {
    add(res: { write(chunk: string): unknown }) {
      open.add(res);
      if (!timer) {
        timer = setInterval(() => {
          for (const r of open) r.write(': heartbeat\n\n');
        }, intervalMs);
        timer.unref();
      }
      return () => {
        open.delete(res);
        if (open.size === 0 && timer) {
          clearInterval(timer);
          timer = null;
        }
      };
    },
  };
}
