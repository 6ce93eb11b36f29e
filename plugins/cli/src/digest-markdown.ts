import type {List, Paragraph, PhrasingContent, Root, RootContent} from 'mdast';
import {toMarkdown} from 'mdast-util-to-markdown';
import type {DigestData} from './digest-data.js';
import {digestIntro, digestSections, digestTitle, type Span} from './digest-sections.js';

// The plain-text part of a digest: Markdown, written by mdast-util-to-markdown (which escapes titles).

function phrasing(spans: Span[]): PhrasingContent[] {
  return spans.map((span) =>
    typeof span === 'string'
      ? {type: 'text', value: span}
      : {type: 'link', url: span.href, children: [{type: 'text', value: span.text}]},
  );
}

function paragraph(spans: Span[]): Paragraph {
  return {type: 'paragraph', children: phrasing(spans)};
}

function list(lines: Span[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: lines.map((line) => ({type: 'listItem', spread: false, children: [paragraph(line)]})),
  };
}

/** The digest as a Markdown document, readable as plain text. */
export function digestMarkdown(data: DigestData): string {
  const children: RootContent[] = [
    {type: 'heading', depth: 1, children: [{type: 'text', value: digestTitle(data)}]},
    paragraph([digestIntro(data)]),
  ];
  for (const section of digestSections(data)) {
    children.push({type: 'heading', depth: 2, children: [{type: 'text', value: section.heading}]});
    children.push(section.lines.length ? list(section.lines) : paragraph([section.empty]));
  }
  children.push(paragraph(['Site: ', {text: data.siteUrl, href: data.siteUrl}]));
  const tree: Root = {type: 'root', children};
  return toMarkdown(tree, {bullet: '-', listItemIndent: 'one'});
}
