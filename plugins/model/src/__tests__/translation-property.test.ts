import fc from 'fast-check';
import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {parsePage} from '../parse.js';
import {readTranslatedText} from '../translation.js';
import {mergeTranslation} from '../translation-merge.js';

const {config} = loadModelConfig({
  docsDir: join(__dirname, '..', '..', 'test', 'registry'),
  locale: 'fr',
  locales: ['en', 'fr', 'ru'],
});

const SOURCE = [
  '---\ntitle: Plan\nas_of: 2018-12-31\n---\n',
  ':::status[One]{#r1 status=completed owner=OES due=2018-12-31 sdg=17}\nBody one.\n:::\n',
  '::::status[Two]{#r2 response=accepted}\n::action[A]{#r2-a1 status=ongoing owner=PMU}\n:::action[B]{#r2-a2 status=completed}\nLong.\n:::\n::::\n',
  ':::status[Three]{#r3 status=ongoing}\n:::\n',
].join('\n');
const parsed = parsePage({path: 'docs/plan.md', value: SOURCE}, config);
const source = {...parsed, page: {...parsed.page, source: 'plan.md'}};

// Fragments of translated pages: the source's ids and others, fields copied or changed, broken syntax.
const fragment = fc.constantFrom(
  ':::status[Un]{#r1}\nCorps.\n:::\n',
  ':::status[Deux]{#r2}\n::action[A fr]{#r2-a1}\n:::\n',
  '::::status[Deux]{#r2}\n:::action[B fr]{#r2-a2 status=ongoing}\nLong.\n:::\n::::\n',
  ':::status[Trois]{#r3 status=completed}\n:::\n',
  ':::status[Quatre]{#r4}\n:::\n',
  ':::status[X]{#r1 owner=PMU due=2019 sdg="11 18" nexus=x response=nope as-of=2019-02-30}\n:::\n',
  ':::status[',
  ':::status{#r1}\n',
  '::action[Z]{#zz}\n',
  ':::\n',
  '::::\n',
  '{',
  '"',
  '’',
  '---\ntitle: Plan fr\nowner: PMU\ntype: nope\n---\n',
  '```\n',
  '<!--',
  '\n',
  'é ж ё',
);
const page = fc.oneof(
  fc.array(fragment, {maxLength: 30}).map((parts) => parts.join('')),
  fc.string({maxLength: 200}),
);

describe('mergeTranslation on any translated input', () => {
  test('yields the source items, each translated or noted, and diagnostics with places', () => {
    fc.assert(
      fc.property(page, (value) => {
        const translated = readTranslatedText(value, 'i18n/fr/plan.md', config);
        const merged = mergeTranslation(source, translated, {
          locale: 'fr',
          defaultLocale: 'en',
          file: '/site/i18n/fr/plan.md',
        });
        // Same items, same fields: fields come from the source whatever the translation writes.
        expect(merged.items.map((i) => [i.id, i.status, i.owners, i.due, i.sdg])).toEqual(
          source.items.map((i) => [i.id, i.status, i.owners, i.due, i.sdg]),
        );
        const lines = value.split(/\r\n|\r|\n/).length;
        for (const message of merged.messages.filter((m) => m.file === 'i18n/fr/plan.md')) {
          expect(message.line ?? 1).toBeLessThanOrEqual(lines);
          expect(message.ruleId).toBeTruthy();
        }
        const ruled = (rule: string) => merged.messages.filter((m) => m.ruleId === rule).length;
        expect(ruled('untranslated-block')).toBe(merged.items.filter((i) => i.untranslated).length);
        const orphans = [...translated.blocks.keys()].filter(
          (id) => !source.items.some((i) => i.id === id),
        );
        expect(ruled('orphan-block')).toBeGreaterThanOrEqual(orphans.length);
      }),
      {numRuns: 600},
    );
  });
});
