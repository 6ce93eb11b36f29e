import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {analyze} from '../client/analyze';
import {createSnippet, findMarks, markedParts} from '../client/snippet';
import SearchMarked from '../theme/SearchMarked';

const terms = (text: string) => new Set(analyze(text));

describe('snippets', () => {
  test('marks the words whose terms matched, in any inflection', () => {
    const text = 'The recommendations were recommended.';
    expect(findMarks(text, terms('recommendation')).map(([s, e]) => text.slice(s, e))).toEqual([
      'recommendations',
      'recommended',
    ]);
  });

  test('cuts a window around the densest matches, on word boundaries', () => {
    const text = `${'lorem '.repeat(100)}handover notes are due ${'ipsum '.repeat(100)}`;
    const snippet = createSnippet(text, terms('handover notes'), 80);
    expect(snippet.text.startsWith('… ')).toBe(true);
    expect(snippet.text.endsWith(' …')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(84);
    expect(snippet.marks.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['handover', 'notes']);
  });

  test('renders a payload as text, marks as elements', () => {
    const text = 'payloadword <img src=x onerror=alert(1)>';
    const value = createSnippet(text, terms('payloadword'));
    expect(markedParts(value)).toEqual([
      {text: 'payloadword', marked: true},
      {text: ' <img src=x onerror=alert(1)>', marked: false},
    ]);
    const html = renderToStaticMarkup(React.createElement(SearchMarked, {value}));
    expect(html).toBe('<mark>payloadword</mark> &lt;img src=x onerror=alert(1)&gt;');
  });
});
