import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {parsePage} from '../parse.js';
import {readTranslatedPage} from '../translation.js';
import {mergeTranslation} from '../translation-merge.js';
import type {StatusItem} from '../types.js';

// Each folder of test/translations holds `input.md` (the English page) and `<locale>.md` (its
// translation); `expected.txt` lists the merge's messages as `file:line:col: message`, `expected.json`
// the merged page and items. Run with UPDATE=1 to write both from the current behaviour, then review.
const root = join(__dirname, '..', '..', 'test');
const cases = join(root, 'translations');
const registry = join(root, 'registry');

function summary(item: StatusItem): Record<string, unknown> {
  return {
    id: item.id,
    title: item.title,
    status: item.status,
    owners: item.owners,
    due: item.due?.raw,
    responseNote: item.responseNote,
    body: item.body,
    untranslated: item.untranslated,
    actions: item.actions?.map((action) => ({
      id: action.id,
      title: action.title,
      status: action.status,
      note: action.note,
      untranslated: action.untranslated,
    })),
  };
}

function run(name: string) {
  const folder = join(cases, name);
  const translated = readdirSync(folder).find((f) => /^[a-z]{2}\.md$/.test(f))!;
  const locale = translated.slice(0, 2);
  const {config} = loadModelConfig({docsDir: registry, locale, locales: ['en', 'fr', 'ru']});
  const value = readFileSync(join(folder, 'input.md'), 'utf8');
  const parsed = parsePage({path: 'input.md', value}, config);
  const source = {...parsed, page: {...parsed.page, source: 'input.md'}};
  const translation = readTranslatedPage(join(folder, translated), translated, config);
  const merged = mergeTranslation(source, translation, {
    locale,
    defaultLocale: 'en',
    file: join(folder, translated),
  });
  const page = {title: merged.page.title, translation: merged.page.translation?.path};
  return {
    messages: merged.messages.map(formatMessage),
    json: JSON.parse(JSON.stringify({page, items: merged.items.map(summary)})) as unknown,
  };
}

describe('translation fixtures', () => {
  for (const name of readdirSync(cases).sort()) {
    test(name, () => {
      const {messages, json} = run(name);
      const text = join(cases, name, 'expected.txt');
      const data = join(cases, name, 'expected.json');
      if (process.env.UPDATE || !existsSync(text) || !existsSync(data)) {
        writeFileSync(text, messages.map((m) => `${m}\n`).join(''));
        writeFileSync(data, `${JSON.stringify(json, null, 2)}\n`);
      }
      expect(messages).toEqual(readFileSync(text, 'utf8').split('\n').filter(Boolean));
      expect(json).toEqual(JSON.parse(readFileSync(data, 'utf8')));
    });
  }
});
