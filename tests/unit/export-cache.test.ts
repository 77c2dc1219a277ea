// The cache of drawn exports: requests for the same drawing share one, a kept drawing is
// answered without drawing, a change of the map (a new revision) is drawn anew, and the
// memory budget holds.
import { describe, expect, it } from 'vitest';
import { ExportCache, exportKey } from '@/lib/server/export-cache';
import { HttpError } from '@/lib/server/http';

/** A drawing that finishes when told to, counting how often it was asked for. */
function drawing(bytes: string) {
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const gate = new Promise<void>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const d = {
    calls: 0,
    finish,
    fail,
    draw: async () => {
      d.calls++;
      await gate;
      return Buffer.from(bytes);
    },
  };
  return d;
}

const map = { id: 'm1', revision: 3, title: 'Draagvlak', language: 'nl' };

describe('the export cache', () => {
  it('draws once for requests that come together, and answers a later one from what it kept', async () => {
    const cache = new ExportCache(1024);
    const d = drawing('png-bytes');
    const key = exportKey('png', map, { scale: 2 });
    const together = [cache.get(key, map, d.draw), cache.get(key, map, d.draw), cache.get(key, map, d.draw)];
    d.finish();
    const answers = await Promise.all(together);
    expect(answers.map(String)).toEqual(['png-bytes', 'png-bytes', 'png-bytes']);
    expect(d.calls).toBe(1);
    expect(String(await cache.get(key, map, d.draw))).toBe('png-bytes');
    expect(d.calls).toBe(1);
    expect(cache.stats()).toMatchObject({ kept: 1, draws: 1, hits: 3 });
  });

  it('draws a changed map anew and forgets its older drawings; a drawing finished after the change is not kept', async () => {
    const cache = new ExportCache(1024);
    const old = drawing('revision 3');
    const key3 = exportKey('png', map, { scale: 1 });
    const late = cache.get(key3, map, old.draw);
    const next = { ...map, revision: 4 };
    const key4 = exportKey('png', next, { scale: 1 });
    expect(key4).not.toBe(key3);
    const fresh = drawing('revision 4');
    fresh.finish();
    expect(String(await cache.get(key4, next, fresh.draw))).toBe('revision 4');
    old.finish();
    expect(String(await late)).toBe('revision 3');
    // only revision 4 is kept
    expect(cache.stats().kept).toBe(1);
    const again = drawing('revision 3, again');
    again.finish();
    expect(String(await cache.get(key3, map, again.draw))).toBe('revision 3, again');
    expect(again.calls).toBe(1);
  });

  it('keeps no failed drawing, and draws again for those waiting when the first requester left', async () => {
    const cache = new ExportCache(1024);
    const key = exportKey('pdf', map, { page: 'a4' });
    const broken = drawing('');
    const first = cache.get(key, map, broken.draw);
    broken.fail(new HttpError(503, 'Service unavailable'));
    await expect(first).rejects.toThrow(HttpError);
    const left = drawing('');
    const second = drawing('pdf for the one who stayed');
    const leaving = cache.get(key, map, left.draw);
    const staying = cache.get(key, map, second.draw);
    left.fail(new HttpError(499, 'Client closed request'));
    await expect(leaving).rejects.toMatchObject({ status: 499 });
    second.finish();
    expect(String(await staying)).toBe('pdf for the one who stayed');
    expect(second.calls).toBe(1);
  });

  it('stays within its budget, pushing out the least recently used, and keeps nothing past half of it', async () => {
    const cache = new ExportCache(100);
    const keep = async (title: string, size: number) => {
      const m = { ...map, id: title, title };
      const d = drawing('x'.repeat(size));
      d.finish();
      await cache.get(exportKey('png', m, {}), m, d.draw);
      return () => cache.get(exportKey('png', m, {}), m, d.draw).then(() => d.calls);
    };
    const a = await keep('a', 40);
    const b = await keep('b', 40);
    expect(await a()).toBe(1); // a is now the most recently used
    await keep('c', 40); // pushes b out
    expect(cache.stats()).toMatchObject({ kept: 2, bytes: 80 });
    expect(await b()).toBe(2);
    await keep('big', 60);
    expect(cache.stats().bytes).toBeLessThanOrEqual(100);
    expect(cache.stats().kept).toBeLessThanOrEqual(2);
  });

  it('keys on what is drawn: not on download, nor on the order of a selection', () => {
    expect(exportKey('png', map, { scale: 2, download: true })).toBe(exportKey('png', map, { scale: 2 }));
    expect(exportKey('png', map, { nodes: new Set(['b', 'a']) })).toBe(exportKey('png', map, { nodes: ['a', 'b'] }));
    expect(exportKey('png', map, { scale: 2 })).not.toBe(exportKey('png', map, { scale: 4 }));
    expect(exportKey('png', map, {})).not.toBe(exportKey('pdf', map, {}));
    expect(exportKey('png', map, {})).not.toBe(exportKey('png', { ...map, title: 'Nieuwe titel' }, {}));
    expect(exportKey('png', map, { locale: 'en' })).not.toBe(exportKey('png', map, { locale: 'nl' }));
  });
});
