// A source's fingerprint (domain.md, "Sourcing"): the SHA-256, in hex, of its text as
// the project stores it (normalizeSourceText: NFC, \n line ends, trimmed lines, at most
// one blank line). The demo map records the fingerprint of each of its documents, whose
// texts it does not ship, with each quote's offsets in that text: whoever has the
// document can store it on a copy of the map, and the fingerprint tells whether it is the
// very text the quotes were checked against (then every offset holds as shipped).
import 'server-only';
import { createHash } from 'node:crypto';
import { normalizeSourceText } from './extract';

/** The fingerprint of a text as stored (already normalised). Linear in its length. */
export function storedTextFingerprint(stored: string): string {
  return createHash('sha256').update(stored, 'utf8').digest('hex');
}

/** The fingerprint of a text as a user might supply it: normalised first, as storing it would. */
export function textFingerprint(raw: string): string {
  return storedTextFingerprint(normalizeSourceText(raw));
}

/**
 * Whether a stored text is the one a source's fingerprint names: null when there is no
 * fingerprint or no text to compare (nothing is claimed either way).
 */
export function fingerprintMatch(fingerprint: string | null | undefined, stored: string | null): boolean | null {
  if (!fingerprint || stored === null) return null;
  return storedTextFingerprint(stored) === fingerprint;
}
