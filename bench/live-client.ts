// Subscriber side of bench:live, run as its own process (forked by bench/live.ts) so the api's
// fan-out is measured, not this load generator. It holds raw HTTP SSE connections to
// `live.topic` and stamps the moment a marked event reaches each one; anything more (parsing
// SSE, superjson) would only add client time to the measurement.
import http from 'node:http';

export type ClientCommand =
  | { cmd: 'connect'; url: string; count: number }
  | { cmd: 'arm'; marker: string }
  | { cmd: 'collect'; timeoutMs: number }
  | { cmd: 'close' };

export type ClientReply =
  | { reply: 'connected'; open: number; failed: number }
  | { reply: 'armed' }
  | { reply: 'collected'; times: number[]; missing: number }
  | { reply: 'closed' };

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const now = () => performance.timeOrigin + performance.now();

let requests: http.ClientRequest[] = [];
let marker: Buffer | null = null;
let times = new Float64Array(0);
let seen = 0;
let opened = 0;
let onAllSeen: (() => void) | null = null;

const send = (message: ClientReply) => process.send!(message);

function open(url: URL, index: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(
      url,
      { agent, headers: { accept: 'text/event-stream', 'cache-control': 'no-cache' } },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          return resolve(false);
        }
        res.on('data', (chunk: Buffer) => {
          if (marker && Number.isNaN(times[index]!) && chunk.indexOf(marker) !== -1) {
            times[index] = now();
            if (++seen === opened) onAllSeen?.();
          }
        });
        res.on('error', () => {});
        resolve(true);
      },
    );
    req.on('error', () => resolve(false));
    requests[index] = req;
  });
}

async function connect(url: string, count: number) {
  requests = new Array<http.ClientRequest>(count);
  times = new Float64Array(count).fill(Number.NaN);
  const target = new URL(url);
  let ok = 0;
  // In waves, so the api's accept backlog never overflows.
  for (let start = 0; start < count; start += 250) {
    const wave = [];
    for (let i = start; i < Math.min(count, start + 250); i++) wave.push(open(target, i));
    ok += (await Promise.all(wave)).filter(Boolean).length;
  }
  opened = ok;
  send({ reply: 'connected', open: ok, failed: count - ok });
}

process.on('message', (message: ClientCommand) => {
  switch (message.cmd) {
    case 'connect':
      void connect(message.url, message.count);
      break;
    case 'arm':
      marker = Buffer.from(message.marker);
      times.fill(Number.NaN);
      seen = 0;
      send({ reply: 'armed' });
      break;
    case 'collect': {
      const finish = () => {
        clearTimeout(timer);
        onAllSeen = null;
        const received = Array.from(times).filter((t) => !Number.isNaN(t));
        send({ reply: 'collected', times: received, missing: times.length - received.length });
      };
      const timer = setTimeout(finish, message.timeoutMs);
      if (seen === opened) finish();
      else onAllSeen = finish;
      break;
    }
    case 'close':
      for (const req of requests) req?.destroy();
      requests = [];
      opened = 0;
      send({ reply: 'closed' });
      break;
  }
});
