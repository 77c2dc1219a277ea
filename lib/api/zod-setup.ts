// Imported before any schema is built. In the browser, zod's JIT would probe
// `new Function` and the page's Content-Security-Policy (no 'unsafe-eval') refuses it,
// which the browser reports as a violation: parse without the JIT there. The server
// keeps it (operation batches are parsed there).
import { z } from 'zod';

if (typeof window !== 'undefined') z.config({ jitless: true });
