import { describe, expect, it } from 'vitest';
import { problemText } from '@/lib/client/sharing-api';
import { SHARING } from '@/lib/i18n/sharing-messages';

const answer = (status: number, body: unknown, retryAfter: number | null = null) => ({ ok: false, status, body, retryAfter });

describe('the sharing dialogs explain a refusal in the user\'s language', () => {
  it('names the field in Dutch or English, never the internal path', () => {
    const invalid = answer(422, { errors: [{ path: 'email', message: 'A valid e-mail address.' }, { path: 'title', message: 'Required.' }] });
    expect(problemText(invalid, SHARING.nl)).toBe('Controleer de invoer: E-mailadres: geef een geldig e-mailadres; Titel: verplicht');
    expect(problemText(invalid, SHARING.en)).toBe('Please check: E-mail address: enter a valid e-mail address; Title: required');
  });
  it('tells a stale version, a member already, the last owner and the rate limit apart', () => {
    expect(problemText(answer(409, { type: 'urn:pleit:problem:version-conflict' }), SHARING.en)).toBe(SHARING.en.conflict);
    expect(problemText(answer(409, { type: 'urn:pleit:problem:already-member' }), SHARING.nl)).toBe(SHARING.nl.alreadyMember);
    expect(problemText(answer(422, { rule: 'last-owner' }), SHARING.en)).toBe(SHARING.en.lastOwner);
    expect(problemText(answer(429, {}, 1500), SHARING.en)).toBe('Too many attempts. Try again in 25 minutes.');
    expect(problemText(answer(413, { limit: 2000 }), SHARING.nl)).toContain('meer dan 2000 onderdelen');
  });
});
