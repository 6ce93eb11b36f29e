import {encodedUrl} from '../url.js';

describe('encodedUrl', () => {
  test.each([
    ['https://example.org/docs/my page#a-1', 'https://example.org/docs/my%20page#a-1'],
    ['https://example.org/docs/100%', 'https://example.org/docs/100%25'],
    ['https://example.org/docs/a%20b', 'https://example.org/docs/a%20b'],
    ['https://example.org/docs/été"<x>', 'https://example.org/docs/%C3%A9t%C3%A9%22%3Cx%3E'],
    ['https://example.org/docs/30.0/Configuration', 'https://example.org/docs/30.0/Configuration'],
    ['not a url', 'not a url'],
  ])('%s', (raw, expected) => {
    expect(encodedUrl(raw)).toBe(expected);
  });
});
