import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {
  readShippedTranslations,
  shippedLocalesToTry,
  themeSourcesOf,
} from '../shipped-translations.js';

describe('shippedLocalesToTry', () => {
  it('tries the locale, its region, its script, then its language', () => {
    expect(shippedLocalesToTry('fr-CA')).toEqual(['fr-CA', 'fr-Latn', 'fr']);
    expect(shippedLocalesToTry('fr')).toEqual(['fr', 'fr-FR', 'fr-Latn']);
    expect(shippedLocalesToTry('ru')).toEqual(['ru', 'ru-RU', 'ru-Cyrl']);
  });

  it('keeps a malformed locale as the only one to try', () => {
    expect(shippedLocalesToTry('not a locale!')).toEqual(['not a locale!']);
  });
});

describe('readShippedTranslations', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kb-shipped-'));
    await mkdir(join(dir, 'locales', 'fr'), {recursive: true});
    await writeFile(
      join(dir, 'locales', 'fr', 'code.json'),
      JSON.stringify({'theme.kb.a': 'Un', constructor: 'Constructeur', 'theme.kb.bad': 3}),
    );
  });
  afterAll(() => rm(dir, {recursive: true, force: true}));

  it('reads the language’s file for a regional locale', async () => {
    const messages = await readShippedTranslations(dir, 'fr-CA');
    expect({...messages}).toEqual({'theme.kb.a': 'Un', constructor: 'Constructeur'});
  });

  it('returns a null-prototype map (an id `constructor` is an id)', async () => {
    const messages = await readShippedTranslations(dir, 'fr');
    expect(Object.getPrototypeOf(messages)).toBeNull();
  });

  it('ships nothing for English and for a language without a file', async () => {
    expect({...(await readShippedTranslations(dir, 'en'))}).toEqual({});
    expect({...(await readShippedTranslations(dir, 'ru', 'labels'))}).toEqual({});
  });

  it('names the theme sources below the package', () => {
    expect(themeSourcesOf(join('/pkg'))).toBe(join('/pkg', 'src', 'theme'));
  });
});
