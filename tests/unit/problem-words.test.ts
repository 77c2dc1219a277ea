// A validation error from the API in the user's words (lib/client/problem.ts): the field
// by its name in the UI's language, the known messages translated, nothing internal.
import { describe, expect, it } from 'vitest';
import { fieldError, problemMessage } from '@/lib/client/problem';
import { MESSAGES } from '@/lib/i18n/messages';

describe('fieldError', () => {
  it('names a required field in Dutch and English, not as "title: Required."', () => {
    expect(fieldError('title', 'Required.', MESSAGES.nl)).toBe('Titel: vul dit in (alleen spaties telt niet).');
    expect(fieldError('title', 'Required.', MESSAGES.en)).toBe('Title: this is required (spaces alone do not count).');
  });

  it('words a length limit with its number', () => {
    expect(fieldError('description', 'At most 5000 characters.', MESSAGES.nl)).toBe('Beschrijving: hoogstens 5000 tekens.');
    expect(fieldError('operations.3.data.title', 'At most 300 characters.', MESSAGES.en)).toBe('Title: at most 300 characters.');
  });

  it('keeps an unknown message, under the field’s own name where it has one', () => {
    expect(fieldError('email', 'Not an e-mail address.', MESSAGES.en)).toBe('E-mail address: Not an e-mail address.');
    expect(fieldError('colour', 'Bad.', MESSAGES.en)).toBe('colour: Bad.');
  });
});

describe('problemMessage', () => {
  const problem = (body: unknown) => new Response(JSON.stringify(body), { status: 422, headers: { 'content-type': 'application/problem+json' } });
  it('turns the API’s validation errors into one sentence in the user’s words', async () => {
    const res = problem({ title: 'Validation failed', detail: 'title: Required.', errors: [{ path: 'title', message: 'Required.' }] });
    expect(await problemMessage(res, 'fallback', MESSAGES.nl)).toBe('Titel: vul dit in (alleen spaties telt niet).');
  });
  it('without words, says what the API said', async () => {
    expect(await problemMessage(problem({ errors: [{ path: 'title', message: 'Required.' }] }), 'fallback')).toBe('title: Required.');
    expect(await problemMessage(new Response('not json', { status: 500 }), 'fallback')).toBe('fallback');
  });
});
