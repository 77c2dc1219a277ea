// Preloaded into `next start` / `next dev` by scripts/start.mjs (node --require).
// Next fills X-Forwarded-For/-Host/-Proto from the socket only when a request does not
// carry them, so a client could claim any address, host or scheme. Unless
// PLEIT_TRUST_PROXY=1 says a reverse proxy in front sets them, they are dropped here,
// at the door, before Next sees the request: the app then reads the socket's address,
// the Host header and plain http.
const http = require('node:http');

if (process.env.PLEIT_TRUST_PROXY !== '1') {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithoutForwarded(event, req, ...rest) {
    if (event === 'request' && req && req.headers) {
      for (const name of ['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'forwarded', 'x-real-ip']) delete req.headers[name];
    }
    return emit.call(this, event, req, ...rest);
  };
}
