// Per-locale analysis: each locale's index is built, and queried, with its language's stemmer.
import {analyze, currentLanguages, useLanguages} from '../client/analyze';
import {createLanguagePipeline, localeLanguages} from '../client/lunr';
import {matchingTokens} from '../client/match';
import {tokenize} from '../client/analyze';
import {engineOf, hitsOf, indexOf, siteOf} from './helpers';

afterEach(() => useLanguages(localeLanguages('en')));

describe('languages per locale', () => {
  test('a locale’s languages: its own first', () => {
    expect(localeLanguages('fr')).toEqual(['fr', 'ru']);
    expect(localeLanguages('fr-CA')).toEqual(['fr', 'ru']);
    expect(localeLanguages('ru')).toEqual(['ru', 'en']);
    expect(localeLanguages('en')).toEqual(['en', 'fr', 'ru']);
    expect(localeLanguages(undefined)).toEqual(['en', 'fr', 'ru']);
  });

  test('French: stemmed, accents and case folded, French stop words dropped', () => {
    useLanguages(localeLanguages('fr'));
    expect(currentLanguages()).toEqual(['fr', 'ru']);
    expect(analyze('Évaluations')).toEqual(analyze('evaluation'));
    expect(analyze('développement DURABLE')).toEqual(analyze('developpement durables'));
    expect(analyze('les de la')).toEqual([]);
  });

  test('Russian: another case ending finds the word, ё is е', () => {
    useLanguages(localeLanguages('ru'));
    expect(analyze('показателей')).toEqual(analyze('показатели'));
    expect(analyze('Оценки')).toEqual(analyze('оценка'));
    expect(analyze('её ёлка')).toEqual(analyze('ее елка'));
    // English words on a Russian page are stemmed in English.
    expect(analyze('recommendations')).toEqual(['recommend']);
  });

  test('building the pipeline twice registers nothing again (no "Overwriting" warning)', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    createLanguagePipeline(['fr']);
    createLanguagePipeline(['en', 'fr', 'ru']);
    useLanguages(['ru', 'en']);
    useLanguages(['fr', 'ru']);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  test('a French index is queried with and without accents, a Russian one in another case', async () => {
    useLanguages(localeLanguages('fr'));
    const fr = siteOf({
      'rapport.md': `---\ntitle: Rapport d’évaluation\n---\n\nLes évaluations du développement durable.\n`,
    });
    const frIndex = indexOf(fr.site, fr.dir);
    expect(frIndex.manifest.languages).toEqual(['fr', 'ru']);
    const frEngine = engineOf(frIndex).engine;
    for (const query of ['évaluation', 'evaluations', 'developpement', 'DÉVELOPPEMENT'])
      expect((await hitsOf(frEngine, query)).length).toBeGreaterThan(0);
    useLanguages(localeLanguages('ru'));
    const ru = siteOf({
      'otchet.md': `---\ntitle: Отчёт об оценке\n---\n\nПоказатели устойчивого развития.\n`,
    });
    const ruEngine = engineOf(indexOf(ru.site, ru.dir)).engine;
    for (const query of ['показателей', 'отчет', 'оценка'])
      expect((await hitsOf(ruEngine, query)).length).toBeGreaterThan(0);
  });

  test('the target page highlights the words as typed: inflections, prefixes, typos', () => {
    const text = 'Install the package; installing packages; the pakage list.';
    const marked = (query: string) =>
      matchingTokens(query, tokenize(text)).map((token) => text.slice(token.start, token.end));
    expect(marked('packages')).toEqual(['package', 'packages']);
    expect(marked('instal')).toEqual(['Install', 'installing']);
    // A typo is looked for only when the word matches nothing exactly or as a prefix.
    expect(marked('pakkage')).toEqual(['package', 'packages', 'pakage']);
  });
});
