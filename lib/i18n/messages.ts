// UI text in Dutch and English. The seed content is Dutch; users are Flemish students
// and international visitors, so every label exists in both.
export const LOCALES = ['nl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const nl = {
  appTagline: 'Breng beleidsargumenten in kaart en debatteer erover.',
  intro:
    'Pleit brengt stellingen, voorstellen, bewijs en weerleggingen samen in één argumentkaart, met voor elke bewering de bron en de letterlijke passage.',
  myMaps: 'Mijn kaarten',
  publicMaps: 'Openbare kaarten',
  signIn: 'Aanmelden',
  signOut: 'Afmelden',
  signUp: 'Account maken',
  email: 'E-mailadres',
  password: 'Wachtwoord',
  name: 'Naam',
  passwordHint: 'Minstens 8 tekens.',
  noAccount: 'Nog geen account?',
  haveAccount: 'Al een account?',
  badCredentials: 'E-mailadres of wachtwoord klopt niet.',
  genericError: 'Er ging iets mis. Probeer het opnieuw.',
  newMap: 'Nieuwe kaart',
  mapTitle: 'Titel',
  mapDescription: 'Beschrijving',
  visibility: 'Zichtbaarheid',
  PRIVATE: 'Privé',
  LINK: 'Iedereen met de link',
  PUBLIC: 'Openbaar',
  create: 'Aanmaken',
  creating: 'Bezig…',
  noMapsYet: 'Je hebt nog geen kaarten. Maak er hieronder een.',
  signInToCreate: 'Meld je aan om zelf kaarten te maken.',
  role: 'Rol',
  OWNER: 'Eigenaar',
  MODERATOR: 'Moderator',
  EDITOR: 'Redacteur',
  VIEWER: 'Lezer',
  updated: 'Bijgewerkt',
  language: 'Taal',
  openMap: 'Open kaart',
  demoMap: 'Bekijk de voorbeeldkaart',
  signedInAs: 'Aangemeld als',
  emailTaken: 'Er bestaat al een account met dit e-mailadres.',
  invalidEmail: 'Geef een geldig e-mailadres.',
  nameRequired: 'Geef je naam.',
  account: 'Account',
  apiTokens: 'API-sleutels',
  apiTokensIntro: 'Met een persoonlijke API-sleutel gebruiken scripts de Pleit-API in jouw naam (Authorization: Bearer …).',
  tokenName: 'Naam van de sleutel',
  createToken: 'Sleutel maken',
  tokenShownOnce: 'Kopieer deze sleutel nu: hij wordt maar één keer getoond.',
  revoke: 'Intrekken',
  noTokens: 'Je hebt geen actieve sleutels.',
  lastUsed: 'Laatst gebruikt',
  never: 'nooit',
  created: 'Gemaakt',
};

export type Messages = typeof nl;

const en: Messages = {
  appTagline: 'Map policy arguments and debate them.',
  intro:
    'Pleit brings claims, proposals, evidence and rebuttals together in one argument map, and gives every claim its source and its verbatim passage.',
  myMaps: 'My maps',
  publicMaps: 'Public maps',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signUp: 'Create account',
  email: 'E-mail address',
  password: 'Password',
  name: 'Name',
  passwordHint: 'At least 8 characters.',
  noAccount: 'No account yet?',
  haveAccount: 'Already have an account?',
  badCredentials: 'E-mail address or password is wrong.',
  genericError: 'Something went wrong. Please try again.',
  newMap: 'New map',
  mapTitle: 'Title',
  mapDescription: 'Description',
  visibility: 'Visibility',
  PRIVATE: 'Private',
  LINK: 'Anyone with the link',
  PUBLIC: 'Public',
  create: 'Create',
  creating: 'Working…',
  noMapsYet: 'You have no maps yet. Create one below.',
  signInToCreate: 'Sign in to make maps of your own.',
  role: 'Role',
  OWNER: 'Owner',
  MODERATOR: 'Moderator',
  EDITOR: 'Editor',
  VIEWER: 'Viewer',
  updated: 'Updated',
  language: 'Language',
  openMap: 'Open map',
  demoMap: 'See the demo map',
  signedInAs: 'Signed in as',
  emailTaken: 'An account with this e-mail address exists already.',
  invalidEmail: 'Enter a valid e-mail address.',
  nameRequired: 'Enter your name.',
  account: 'Account',
  apiTokens: 'API tokens',
  apiTokensIntro: 'A personal API token lets scripts use the Pleit API on your behalf (Authorization: Bearer …).',
  tokenName: 'Token name',
  createToken: 'Create token',
  tokenShownOnce: 'Copy this token now: it is shown only once.',
  revoke: 'Revoke',
  noTokens: 'You have no active tokens.',
  lastUsed: 'Last used',
  never: 'never',
  created: 'Created',
};

export const MESSAGES: Record<Locale, Messages> = { nl, en };

/** The cookie's choice, else the browser's preference, else Dutch. */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (cookie === 'nl' || cookie === 'en') return cookie;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0].trim().slice(0, 2).toLowerCase();
    if (tag === 'nl' || tag === 'en') return tag;
  }
  return 'nl';
}
