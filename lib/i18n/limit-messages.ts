// The words of a field with a length limit (components/editor/LimitCounter.tsx): its
// counter near the limit, and its refusal past it, which names the field, the limit and
// the length now. One set for every form, in Dutch and English.
export const LIMIT_NL = {
  charCount: '{n} van {max} tekens',
  tooLong: '{field}: hoogstens {max} tekens, nu {n}. Maak de tekst korter; er is nog niets verstuurd.',
};
export type LimitText = typeof LIMIT_NL;

export const LIMIT_EN: LimitText = {
  charCount: '{n} of {max} characters',
  tooLong: '{field}: at most {max} characters, now {n}. Shorten it; nothing has been sent yet.',
};
