// A small Server-Sent Events reader for the tests and benchmarks: opens a stream with
// fetch, parses messages as they arrive, and lets a test wait for a condition on what
// came so far. Not a browser EventSource: it does not reconnect by itself, so a test
// sees exactly what one connection delivered.
export interface SseMessage {
  id: string | null;
  event: string;
  data: string;
}

export interface SseStream {
  status: number;
  headers: Headers;
  messages: SseMessage[];
  /** the map events received (default-type messages), parsed */
  events(): { seq: number; type: string; entityId: string; data: any; actorId: string | null }[];
  /** resolves when `check` holds for what has arrived, or rejects when the stream ends first */
  until(check: (s: SseStream) => boolean, what?: string): Promise<void>;
  /** calls `listener` with each message as it arrives, and the time (Date.now()) of the chunk that brought it */
  onMessage(listener: (m: SseMessage, arrivedAt: number) => void): void;
  /** true once the server ended the stream */
  ended: boolean;
  close(): void;
}

export async function openStream(url: string, headers: Record<string, string> = {}): Promise<SseStream> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
  const waiters = new Set<() => void>();
  const listeners: ((m: SseMessage, arrivedAt: number) => void)[] = [];
  const stream: SseStream = {
    status: res.status,
    headers: res.headers,
    messages: [],
    ended: false,
    events: () => stream.messages.filter((m) => m.event === 'message').map((m) => JSON.parse(m.data)),
    until(check, what = 'a condition') {
      return new Promise((resolve, reject) => {
        const test = () => {
          if (check(stream)) {
            waiters.delete(test);
            resolve();
          } else if (stream.ended) {
            waiters.delete(test);
            reject(new Error(`the stream ended before ${what}; got ${stream.messages.length} messages`));
          }
        };
        waiters.add(test);
        test();
      });
    },
    onMessage: (listener) => {
      listeners.push(listener);
    },
    close: () => abort.abort(),
  };
  const wake = () => {
    for (const w of [...waiters]) w();
  };
  if (!res.ok || !res.body) {
    stream.ended = true;
    return stream;
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += value;
        let at: number;
        while ((at = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          const m: SseMessage = { id: null, event: 'message', data: '' };
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (!line || line.startsWith(':')) continue;
            const colon = line.indexOf(':');
            const field = colon < 0 ? line : line.slice(0, colon);
            const val = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
            if (field === 'id') m.id = val;
            else if (field === 'event') m.event = val;
            else if (field === 'data') data.push(val);
          }
          if (!data.length) continue;
          m.data = data.join('\n');
          stream.messages.push(m);
          const now = Date.now();
          for (const l of listeners) l(m, now);
        }
        wake();
      }
    } catch {
      /* aborted */
    } finally {
      stream.ended = true;
      wake();
    }
  })();
  return stream;
}
