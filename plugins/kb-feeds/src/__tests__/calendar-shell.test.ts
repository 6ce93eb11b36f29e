import ical, {ICalCalendarMethod} from 'ical-generator';
import {encodedUrl} from '@kmportal/model';
import {calendarText} from '../calendar';
import {feedText, type FeedContext} from '../context';
import type {FeedScope} from '../scopes';

// calendarText writes a calendar's own lines from a template folded by fold.ts, not by ical-generator:
// the text must still be ical-generator's, byte for byte, whatever the names and hosts.

function context(host: string, siteUrl = `https://${host}/kb`): FeedContext {
  return {host, siteUrl, isClosed: () => false} as unknown as FeedContext;
}

function scope(title: string, about = '/status'): FeedScope {
  return {kind: 'unit', key: 'U', title, items: [], calendar: 'c.ics', changes: 'c.atom', about};
}

/** ical-generator's whole text of the calendar, as calendarText wrote it before the template. */
function icalText(s: FeedScope, c: FeedContext): string {
  return ical({
    name: feedText(s.title),
    description: feedText(`Due dates of open items: ${s.title}`),
    prodId: {company: c.host, product: 'kb-feeds', language: 'EN'},
    method: ICalCalendarMethod.PUBLISH,
    url: encodedUrl(c.siteUrl + s.about),
    ttl: 60 * 60 * 24,
  }).toString();
}

const TITLES = [
  'Knowledge portal',
  'Knowledge portal: PMU',
  `Knowledge portal: ${'long unit name '.repeat(12)}`,
  'Portail des connaissances : Évaluation, « suivi » et leçons apprises de la division régionale',
  'Портал знаний: оценка, последующие действия и извлечённые уроки региональной комиссии',
  '知识门户：评估、后续行动和区域委员会的经验教训以及更多的文字以便折叠',
  `Emoji ${'🌍'.repeat(30)} and ${'é'.repeat(40)}`,
  'Commas, semicolons; back\\slashes and "quotes"',
  'Two\nlines\r\nand a carriage\rreturn',
  `x${'a'.repeat(60)}🌍${'b'.repeat(60)}`,
  '\u0001control\u0000characters\uD800',
  '',
];

const HOSTS = [
  'example.org',
  'evaluation.example.org',
  `${'very-long-host-name.'.repeat(4)}example.org`,
];

test.each(HOSTS)(
  'the calendar around the events is ical-generator’s, for any title (host %s)',
  (host) => {
    for (const title of TITLES) {
      for (const about of ['/status', `/docs/${'é'.repeat(50)}/page`]) {
        const c = context(host);
        const s = scope(title, about);
        expect(calendarText(s, c)).toBe(icalText(s, c));
      }
    }
  },
);
