/** Languages the suggester reads. */
export type SdgLocale = 'en' | 'fr' | 'ru';

/** Locales with a vocabulary in the index. */
export const SUGGEST_LOCALES: readonly SdgLocale[] = ['en', 'fr', 'ru'];

const FRENCH_MARKERS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'est',
  'une',
  'dans',
  'pour',
  'sur',
  'au',
  'aux',
  'qui',
  'que',
  'par',
  'avec',
  'sont',
  'ces',
  'leur',
  'ont',
  'été',
]);
const ENGLISH_MARKERS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'in',
  'for',
  'on',
  'with',
  'are',
  'by',
  'that',
  'this',
  'from',
  'be',
  'was',
  'which',
  'have',
  'has',
  'their',
]);

/** Whether `value` names a locale the suggester reads (`en`, `fr-CA`, `ru-RU` …). */
export function toSuggestLocale(value: string): SdgLocale | undefined {
  const base = value.toLowerCase().split(/[-_]/)[0];
  return (SUGGEST_LOCALES as readonly string[]).includes(base) ? (base as SdgLocale) : undefined;
}

/** Guesses the language of `text`: Cyrillic letters mean Russian, else French or English words. */
export function detectLocale(text: string): SdgLocale {
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic > latin) return 'ru';
  let french = 0;
  let english = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (FRENCH_MARKERS.has(word)) french++;
    if (ENGLISH_MARKERS.has(word)) english++;
  }
  return french > english ? 'fr' : 'en';
}
