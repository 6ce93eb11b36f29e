import {load} from 'cheerio';
import {XMLParser, XMLValidator} from 'fast-xml-parser';
import {feedFiles} from '../files';
import {removeRepos} from './history-repo';
import {historySite, PLACES} from './site-history';

afterAll(removeRepos);

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  author: string;
  summary: string;
}

/** The text of an entry's `type="html"` title or summary, as a feed reader shows it. */
function htmlToText(html: string): string {
  return load(html).text();
}

/** Reads an Atom feed back with fast-xml-parser, an independent parser. */
function parseAtom(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  const parser = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'entry'});
  const {feed} = parser.parse(text) as {feed: Record<string, unknown>};
  type Text = string | {'#text': string};
  const textOf = (value: Text) => (typeof value === 'string' ? value : value['#text']);
  type RawEntry = Record<'id' | 'updated', string> &
    Record<'title' | 'summary', Text> & {
      link: {'@_href': string};
      author: {name: string};
    };
  const entries = ((feed.entry as RawEntry[] | undefined) ?? []).map((entry): ParsedEntry => ({
    id: entry.id,
    title: htmlToText(textOf(entry.title)),
    updated: entry.updated,
    link: entry.link['@_href'],
    author: entry.author.name,
    summary: htmlToText(textOf(entry.summary)),
  }));
  const links = [feed.link].flat() as Record<string, string>[];
  return {
    namespace: feed['@_xmlns'],
    title: textOf(feed.title as Text),
    updated: feed.updated,
    self: links.find((l) => l['@_rel'] === 'self')?.['@_href'],
    entries,
  };
}

function fileText(files: {path: string; text: string}[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path}`);
  return file.text;
}

describe('changes.atom', () => {
  const {context} = historySite();
  const files = feedFiles(context, PLACES);
  const atom = parseAtom(fileText(files, 'changes.atom'));

  test('an Atom 1.0 feed of every status change read from git, newest first', () => {
    expect(atom.namespace).toBe('http://www.w3.org/2005/Atom');
    expect(atom.title).toBe('Status changes: Knowledge portal');
    expect(atom.self).toBe('https://km.example.org/portal/kb/changes.atom');
    expect(atom.updated).toBe('2026-11-20T00:00:00.000Z');
    expect(atom.entries.map((e) => `${e.updated.slice(0, 10)} ${e.author}: ${e.title}`)).toEqual([
      '2026-11-20 Cat Dubois: Item a2: Ongoing → Completed',
      '2026-03-02 Ben Okafor: Publish the handbook, in English; French later: Planned → Ongoing',
      '2026-01-10 Ann Lee: Publish the handbook, in English; French later: added as Planned',
      '2026-01-10 Ann Lee: Item a2: added as Ongoing',
      '2026-01-10 Ann Lee: Item a3: added as Ongoing',
      '2026-01-10 Ann Lee: Item a4: added as Delayed',
      '2026-01-10 Ann Lee: Item b1: added as Planned',
      '2026-01-10 Ann Lee: Recommendation 1: added as Ongoing',
      '2026-01-10 Ann Lee: Draft the note: added as Ongoing',
      '2026-01-10 Ann Lee: Train focal points: added as Completed',
    ]);
    expect(atom.entries.at(-1)?.summary).toContain('(key action of r1)');
  });

  test('entries link to the card, say where and for whom, and have stable tag ids', () => {
    const [a2] = atom.entries;
    expect(a2.link).toBe('https://km.example.org/portal/docs/plans/plan#a2');
    expect(a2.summary).toBe(
      'a2: Ongoing → Completed on 2026-11-20 by Cat Dubois in Action plan 2026; roads, rails & "ports". Units: Programme Management Unit (PMU).',
    );
    expect(a2.id).toMatch(/^tag:km\.example\.org,2026-11-20:status\/a2\/[0-9a-f]{40}$/);
    expect(new Set(atom.entries.map((e) => e.id)).size).toBe(atom.entries.length);
    const again = parseAtom(fileText(feedFiles(historySite().context, PLACES), 'changes.atom'));
    // The same history (same contents, authors and dates, so the same commits) gives the same ids.
    expect(again.entries.map((e) => e.id)).toEqual(atom.entries.map((e) => e.id));
  });

  test('one feed per unit and per page', () => {
    const titles = (path: string) => parseAtom(fileText(files, path)).entries.map((e) => e.title);
    expect(titles('changes/SDGU.atom')).toEqual([
      'Publish the handbook, in English; French later: Planned → Ongoing',
      'Publish the handbook, in English; French later: added as Planned',
      'Item a4: added as Delayed',
      'Item b1: added as Planned',
    ]);
    expect(titles('changes/page/second.atom')).toEqual(['Item b1: added as Planned']);
    expect(titles('changes/EO.atom')).toEqual([]);
  });

  test('maxEntries keeps the most recent changes', () => {
    const short = feedFiles(context, {...PLACES, maxEntries: 2});
    expect(parseAtom(fileText(short, 'changes.atom')).entries.map((e) => e.updated)).toEqual([
      '2026-11-20T00:00:00.000Z',
      '2026-03-02T00:00:00.000Z',
    ]);
  });
});

describe('without git', () => {
  test('the feeds are valid and empty: no history, no entries, no crash', () => {
    const {context} = historySite({git: false});
    const atom = parseAtom(fileText(feedFiles(context, PLACES), 'changes.atom'));
    expect(atom.entries).toEqual([]);
    expect(atom.updated).toBe('2026-12-01T06:00:00.000Z');
  });
});
