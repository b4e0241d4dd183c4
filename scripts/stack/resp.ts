// Just enough of the Redis protocol (RESP2) to probe and manage a server
// without an npm client: one command per connection.
import { createConnection } from 'node:net';

export type RespValue = string | number | null | RespError | RespValue[];

export class RespError extends Error {}

function encode(args: string[]): string {
  return `*${args.length}\r\n${args.map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`).join('')}`;
}

/** Parses one reply from buf at offset; undefined if the reply is not complete yet. */
function parse(buf: Buffer, offset: number): { value: RespValue; end: number } | undefined {
  const lineEnd = buf.indexOf('\r\n', offset);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buf[offset] ?? 0);
  const line = buf.toString('utf8', offset + 1, lineEnd);
  const next = lineEnd + 2;
  switch (type) {
    case '+':
      return { value: line, end: next };
    case '-':
      return { value: new RespError(line), end: next };
    case ':':
      return { value: Number(line), end: next };
    case '$': {
      const len = Number(line);
      if (len < 0) return { value: null, end: next };
      if (buf.length < next + len + 2) return undefined;
      return { value: buf.toString('utf8', next, next + len), end: next + len + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { value: null, end: next };
      const items: RespValue[] = [];
      let end = next;
      for (let i = 0; i < count; i++) {
        const item = parse(buf, end);
        if (!item) return undefined;
        items.push(item.value);
        end = item.end;
      }
      return { value: items, end };
    }
    default:
      throw new Error(`unexpected Redis reply type ${JSON.stringify(type)}`);
  }
}

/**
 * Sends one command and resolves with its reply (a RespError value for -ERR replies). With a
 * password, AUTH goes first on the same connection; a refused AUTH is the reply.
 */
export function redisCommand(
  port: number,
  args: string[],
  timeoutMs = 2000,
  password?: string,
): Promise<RespValue> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    let buf = Buffer.alloc(0);
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`Redis on port ${port} did not answer ${args[0]} within ${timeoutMs} ms`));
    });
    const commands = password ? [['AUTH', password], args] : [args];
    socket.once('connect', () => socket.write(commands.map(encode).join('')));
    socket.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      try {
        let offset = 0;
        let reply: { value: RespValue; end: number } | undefined;
        for (let i = 0; i < commands.length; i++) {
          reply = parse(buf, offset);
          if (!reply) return;
          offset = reply.end;
          // A refused AUTH answers for the whole exchange.
          if (i < commands.length - 1 && reply.value instanceof RespError) break;
        }
        socket.end();
        resolve(reply!.value);
      } catch (error) {
        socket.destroy();
        reject(error);
      }
    });
    socket.once('error', reject);
    socket.once('close', () => reject(new Error(`Redis on port ${port} closed the connection`)));
  });
}

/** True if a Redis on this port answers PING with PONG right now (authenticating if given). */
export async function redisPing(port: number, password?: string): Promise<boolean> {
  try {
    return (await redisCommand(port, ['PING'], 1000, password)) === 'PONG';
  } catch {
    return false;
  }
}
