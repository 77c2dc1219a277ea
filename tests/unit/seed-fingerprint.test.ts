// The demo map's checkable quotes, the parts that need no server: how a citation's
// status is shown (lib/sourcing/fingerprint.ts) and when a stored text is said to be the
// original (lib/server/sourcing/fingerprint.ts).
import { describe, expect, it } from 'vitest';
import { fingerprintMatch, storedTextFingerprint, textFingerprint } from '@/lib/server/sourcing/fingerprint';
import { checkedAgainstOriginal, quoteDisplay } from '@/lib/sourcing/fingerprint';

const FP = 'a'.repeat(64);
const demoSource = { hasText: false, fingerprint: FP };
const withOffsets = { locator: { paragraph: 2, start: 10, end: 40 }, quoteStatus: 'unchecked' as const };

describe('a quote of a source that carries the original text’s fingerprint', () => {
  it('is shown as checked against the original while the text is not stored, and only then', () => {
    expect(quoteDisplay(withOffsets, demoSource)).toBe('original');
    // the text stored: the server's own status counts
    expect(quoteDisplay({ ...withOffsets, quoteStatus: 'verified' }, { hasText: true, fingerprint: FP })).toBe('verified');
    expect(quoteDisplay({ ...withOffsets, quoteStatus: 'mismatch' }, { hasText: true, fingerprint: FP })).toBe('mismatch');
    // no fingerprint, a malformed one, or no offsets: nothing is claimed
    expect(quoteDisplay(withOffsets, { hasText: false })).toBe('unchecked');
    expect(quoteDisplay(withOffsets, { hasText: false, fingerprint: 'abc' })).toBe('unchecked');
    expect(quoteDisplay({ locator: { paragraph: 2 }, quoteStatus: 'unchecked' }, demoSource)).toBe('unchecked');
    expect(checkedAgainstOriginal({ locator: { start: 5, end: 5 }, quoteStatus: 'unchecked' }, demoSource)).toBe(false);
    expect(quoteDisplay(withOffsets, undefined)).toBe('unchecked');
    // a citation the server has not answered for yet
    expect(quoteDisplay({ locator: {} }, { hasText: true })).toBe('pending');
  });
});

describe('the fingerprint of a stored text', () => {
  it('is the SHA-256 of the text as stored, and a text is normalised as storing it would be', () => {
    expect(storedTextFingerprint('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(textFingerprint('Een tekst.  \r\n\r\n\r\nTwee.\n')).toBe(storedTextFingerprint('Een tekst.\n\nTwee.'));
  });

  it('matches only the very text, and claims nothing without a fingerprint or a text', () => {
    const fp = storedTextFingerprint('De groep biedt bescherming aan het individu.');
    expect(fingerprintMatch(fp, 'De groep biedt bescherming aan het individu.')).toBe(true);
    expect(fingerprintMatch(fp, 'De groep biedt geen bescherming aan het individu.')).toBe(false);
    expect(fingerprintMatch(fp, 'De groep biedt bescherming aan het individu. ')).toBe(false);
    expect(fingerprintMatch(null, 'tekst')).toBeNull();
    expect(fingerprintMatch('', 'tekst')).toBeNull();
    expect(fingerprintMatch(fp, null)).toBeNull();
  });
});
