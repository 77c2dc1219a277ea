// One dedicated PostgreSQL connection per server process that LISTENs for the event
// log's and presence's notifications (NOTIFY is sent inside the writer's transaction
// and delivered at commit to every listener on the database). It reconnects by itself;
// after a reconnect the bus re-reads every open map, because notifications sent while
// it was away are gone. Needs a direct connection: LISTEN does not work through
// PgBouncer in transaction mode.
import 'server-only';
import pg from 'pg';
import { databaseUrl } from '../db';
import { EVENTS_CHANNEL } from '../event-log';
import { PRESENCE_CHANNEL, receiveRemotePresence } from './presence';

interface Handlers {
  onEvents(mapId: string, revision: number): void;
  onReconnect(): void;
}

const g = globalThis as unknown as { pleitPgListener?: { started: boolean } };

export function startPgListener(h: Handlers) {
  if (g.pleitPgListener?.started) return;
  g.pleitPgListener = { started: true };
  let delay = 500;

  const connect = async () => {
    const client = new pg.Client({ connectionString: databaseUrl(), keepAlive: true });
    let failed = false;
    const retry = () => {
      if (failed) return;
      failed = true;
      client.removeAllListeners();
      client.end().catch(() => undefined);
      const t = setTimeout(() => void connect(), delay);
      t.unref?.();
      delay = Math.min(delay * 2, 15_000);
    };
    client.on('error', retry);
    client.on('end', retry);
    client.on('notification', (n) => {
      if (!n.payload) return;
      if (n.channel === EVENTS_CHANNEL) {
        const at = n.payload.lastIndexOf(':');
        const revision = Number(n.payload.slice(at + 1));
        if (at > 0 && Number.isInteger(revision)) h.onEvents(n.payload.slice(0, at), revision);
      } else if (n.channel === PRESENCE_CHANNEL) {
        receiveRemotePresence(n.payload);
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENTS_CHANNEL}`);
      await client.query(`LISTEN ${PRESENCE_CHANNEL}`);
      delay = 500;
      // notifications sent before this connection listened are gone: read again
      h.onReconnect();
    } catch (e) {
      console.error(`[pleit] live: cannot listen on PostgreSQL (${(e as Error).message}); retrying`);
      retry();
    }
  };
  void connect();
}
