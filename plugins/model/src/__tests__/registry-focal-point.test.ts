import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';

// focal_point is translatable like a unit's name: written once (a person's name, every locale's) or
// per locale (a role), validated the same way, falling back to the default locale's with a note.
const registry = join(__dirname, '..', '..', 'test', 'registry-focal');
const locales = ['en', 'fr', 'ru'];

function load(locale: string, known = true) {
  const loaded = loadModelConfig({docsDir: registry, locale, ...(known ? {locales} : {})});
  const messages = loaded.messages.map((m) => formatMessage({...m, file: 'x.yml'} as never));
  return {...loaded, messages};
}

describe('focal_point in the reader’s language', () => {
  test('a per-locale focal point is read in the configuration’s locale, with every translation', () => {
    const {config} = load('fr');
    expect(config.units?.get('SDGU')?.focalPoint).toBe('Chef du Groupe des ODD');
    expect(config.units?.get('SDGU')?.focalPoints).toEqual({
      en: 'Chief, SDG Unit',
      fr: 'Chef du Groupe des ODD',
    });
    expect(config.nexus?.get('gender')?.focalPoint).toBe(
      'Coordonnatrice pour les questions de genre',
    );
    expect(load('ru').config.nexus?.get('gender')?.focalPoint).toBe(
      'Координатор по гендерным вопросам',
    );
    expect(load('en').config.units?.get('SDGU')?.focalPoint).toBe('Chief, SDG Unit');
  });

  test('a focal point written once is every locale’s, with no note', () => {
    for (const locale of locales) {
      const {config, messages} = load(locale);
      expect(config.units?.get('TRA')?.focalPoint).toBe('Jane Doe');
      expect(config.units?.get('TRA')?.focalPoints).toBeUndefined();
      expect(messages.filter((m) => m.includes('`TRA`'))).toEqual([]);
    }
  });

  test('a locale missing from the mapping falls back to the default locale’s, with an info note', () => {
    const {config, messages} = load('ru');
    expect(config.units?.get('SDGU')?.focalPoint).toBe('Chief, SDG Unit');
    expect(messages.filter((m) => m.includes('has no'))).toEqual([
      'x.yml:1:3: units.yml: `SDGU` has no `ru` focal_point, so ru pages show `Chief, SDG Unit`; add `ru: …` under `focal_point`.',
      // Its `ru` value is not a text (an error in every locale): the default locale's is shown.
      'x.yml:9:3: units.yml: `ENV` has no `ru` focal_point, so ru pages show `Environment focal point`; add `ru: …` under `focal_point`.',
    ]);
  });

  test('an unknown locale key is a warning, a value that is no text an error, as for names', () => {
    const {config, messages} = load('en');
    expect(messages).toEqual([
      "x.yml:13:5: units.yml: unknown locale `fr-CA` in the focal_point of `ENV`, expected one of the site's locales `en`, `fr` or `ru`. Did you mean `fr`?",
      'x.yml:14:5: units.yml: the `ru` focal_point of `ENV` is not a text; write `ru: …` on one line.',
    ]);
    expect(config.units?.get('ENV')?.focalPoint).toBe('Environment focal point');
  });

  test('a reader that does not know the site’s locales reads any key', () => {
    const {messages, config} = load('en', false);
    expect(messages.filter((m) => m.includes('unknown locale'))).toEqual([]);
    expect(config.units?.get('SDGU')?.focalPoint).toBe('Chief, SDG Unit');
  });
});
