// One Redis reader per process for every live subscriber (SSE). Blocking XREAD holds its
// connection, so a connection per subscriber would not scale to thousands; instead one loop
// reads all watched streams and fans entries out to in-process listeners.
// Delivery guarantee per listener: every entry after its starting id, in order, exactly once
// (catch-up by XRANGE, then live entries with ids ≤ the last delivered one skipped).
import type { Redis } from 'ioredis';

import type { LiveEvent, StreamEntry } from './streams.ts';

export type StreamListener = (entries: StreamEntry[]) => void;

interface Listener {
  deliver: StreamListener;
  /** Id of the last entry handed to this listener ('0-0' = none). */
  last: string;
  /** Entries that arrived while the catch-up read was in flight. */
  buffer: StreamEntry[] | null;
}

interface Watched {
  cursor: string;
  listeners: Set<Listener>;
}

/** Stream ids are "<ms>-<seq>"; compare numerically. */
export function compareIds(a: string, b: string): number {
  const [am = 0, as = 0] = a.split('-').map(Number);
  const [bm = 0, bs = 0] = b.split('-').map(Number);
  return am - bm || as - bs;
}

type RawEntries = [string, string[]][];
const parse = (raw: RawEntries): StreamEntry[] =>
  raw.map(([id, fields]) => ({ id, event: JSON.parse(fields[1] ?? '{}') as LiveEvent }));

export interface StreamHubOptions {
  /** A dedicated connection for the blocking reads (e.g. `redis.duplicate()`). */
  reader: Redis;
  /** A normal connection for catch-up reads. */
  redis: Redis;
  blockMs?: number;
  onError?: (error: unknown) => void;
  /**
   * Distinct streams followed at once. Every one is a key in each blocking XREAD, so an unbounded
   * number (one per item id a caller can invent) would slow every reader; past it, subscribing
   * to a stream nobody follows yet throws StreamLimitError.
   */
  maxStreams?: number;
}

/** The hub already follows as many distinct streams as it may. */
export class StreamLimitError extends Error {
  constructor(readonly maxStreams: number) {
    super(`This process already follows ${maxStreams} live streams.`);
    this.name = 'StreamLimitError';
  }
}

export function createStreamHub({
  reader,
  redis,
  blockMs = 500,
  onError,
  maxStreams = Number.POSITIVE_INFINITY,
}: StreamHubOptions) {
  // A duplicated client does not inherit listeners: without one, every failed reconnect while
  // Redis is down would be reported as an unhandled error. Failures surface through the reads.
  reader.on('error', () => {});
  const watched = new Map<string, Watched>();
  let running = true;
  let wake: (() => void) | null = null;

  function dispatch(listener: Listener, entries: StreamEntry[]) {
    const fresh = entries.filter((e) => compareIds(e.id, listener.last) > 0);
    if (fresh.length === 0) return;
    listener.last = fresh.at(-1)!.id;
    listener.deliver(fresh);
  }

  async function loop() {
    while (running) {
      if (watched.size === 0) {
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        continue;
      }
      const keys = [...watched.keys()];
      const cursors = keys.map((k) => watched.get(k)!.cursor);
      try {
        const reply = await reader.xread(
          'COUNT',
          1000,
          'BLOCK',
          blockMs,
          'STREAMS',
          ...keys,
          ...cursors,
        );
        for (const [key, raw] of reply ?? []) {
          const stream = watched.get(key);
          if (!stream || raw.length === 0) continue;
          const entries = parse(raw);
          stream.cursor = entries.at(-1)!.id;
          for (const listener of stream.listeners) {
            if (listener.buffer) listener.buffer.push(...entries);
            else dispatch(listener, entries);
          }
        }
      } catch (error) {
        // Redis down or restarting: live updates pause and resume from the cursors by themselves.
        onError?.(error);
        if (running) await new Promise((r) => setTimeout(r, blockMs));
      }
    }
  }
  const done = loop();

  return {
    /**
     * Delivers every entry of `stream` after `fromId` (or, without one, from now on) to
     * `deliver`, then live entries. Returns the unsubscribe function.
     */
    async subscribe(
      stream: string,
      fromId: string | null,
      deliver: StreamListener,
    ): Promise<() => void> {
      let start = fromId;
      if (!start) {
        const latest = (await redis
          .xrevrange(stream, '+', '-', 'COUNT', 1)
          .catch(() => [])) as RawEntries;
        start = latest[0]?.[0] ?? '0-0';
      }
      const listener: Listener = { deliver, last: start, buffer: [] };
      let entry = watched.get(stream);
      if (!entry && watched.size >= maxStreams) throw new StreamLimitError(maxStreams);
      if (!entry) {
        entry = { cursor: start, listeners: new Set() };
        watched.set(stream, entry);
        wake?.();
      }
      entry.listeners.add(listener);
      // Catch up on what the shared cursor has already passed (or everything after `start`).
      const missed = (await redis.xrange(stream, `(${start}`, '+').catch(() => [])) as RawEntries;
      const buffered = listener.buffer ?? [];
      listener.buffer = null;
      dispatch(listener, parse(missed));
      dispatch(listener, buffered);
      return () => {
        const current = watched.get(stream);
        current?.listeners.delete(listener);
        if (current && current.listeners.size === 0) watched.delete(stream);
      };
    },
    /** Number of distinct streams followed (metrics, tests). */
    streamCount(): number {
      return watched.size;
    },
    /** Number of live listeners (metrics, tests). */
    listenerCount(): number {
      let n = 0;
      for (const w of watched.values()) n += w.listeners.size;
      return n;
    },
    async close(): Promise<void> {
      running = false;
      wake?.();
      reader.disconnect();
      await done;
    },
  };
}

export type StreamHub = ReturnType<typeof createStreamHub>;
