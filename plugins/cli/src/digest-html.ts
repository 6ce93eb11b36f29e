import type {Element, ElementContent} from 'hast';
import {h} from 'hastscript';
import {toHtml} from 'hast-util-to-html';
import type {DigestData} from './digest-data.js';
import {
  digestIntro,
  digestSections,
  digestTitle,
  type DigestSection,
  type Span,
} from './digest-sections.js';

// The email part of a digest: one standalone HTML page, inline CSS only (mail clients drop <style> and
// external sheets), no script, every link absolute. hast-util-to-html escapes the text.

const STYLE = {
  body: 'margin:0;padding:24px;background:#ffffff;color:#1c1e21;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5',
  main: 'max-width:680px;margin:0 auto',
  h1: 'font-size:22px;margin:0 0 8px 0;color:#1c1e21',
  h2: 'font-size:17px;margin:24px 0 8px 0;padding-bottom:4px;border-bottom:1px solid #d0d7de;color:#1c1e21',
  p: 'margin:0 0 8px 0',
  ul: 'margin:0;padding-left:20px',
  li: 'margin:0 0 6px 0',
  a: 'color:#0b57d0;text-decoration:underline',
  overdue: 'color:#a4000f;font-weight:bold',
  footer: 'margin-top:24px;font-size:13px;color:#57606a',
};

function inline(spans: Span[]): ElementContent[] {
  return spans.map((span) =>
    typeof span === 'string'
      ? {type: 'text', value: span}
      : h('a', {href: span.href, style: STYLE.a}, span.text),
  );
}

function section(part: DigestSection): Element[] {
  const heading = h(
    'h2',
    {
      id: part.id,
      style: part.id === 'overdue' && part.lines.length ? `${STYLE.h2};${STYLE.overdue}` : STYLE.h2,
    },
    part.heading,
  );
  if (part.lines.length === 0) return [heading, h('p', {style: STYLE.p}, part.empty)];
  return [
    heading,
    h(
      'ul',
      {style: STYLE.ul},
      part.lines.map((line) => h('li', {style: STYLE.li}, inline(line))),
    ),
  ];
}

/** The digest as a standalone, email-ready HTML page. */
export function digestHtml(data: DigestData): string {
  const title = digestTitle(data);
  const tree = h(null, [
    {type: 'doctype'},
    h('html', {lang: 'en'}, [
      h('head', [
        h('meta', {charset: 'utf-8'}),
        h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
        h('title', title),
      ]),
      h('body', {style: STYLE.body}, [
        h('main', {style: STYLE.main}, [
          h('h1', {style: STYLE.h1}, title),
          h('p', {style: STYLE.p}, digestIntro(data)),
          ...digestSections(data).flatMap(section),
          h(
            'p',
            {style: STYLE.footer},
            inline(['Sent from ', {text: data.siteUrl, href: data.siteUrl}, '.']),
          ),
        ]),
      ]),
    ]),
  ]);
  return `${toHtml(tree)}\n`;
}
