/** How a printed report is laid out on the sheet. */
export type Orientation = 'portrait' | 'landscape';

/** Text of a printed page's footer: the page counter and the date the status is reported as at. */
export interface FooterText {
  /** e.g. `Page`, printed before the page number. */
  page: string;
  /** e.g. `of`, printed between the page number and the page count. */
  of: string;
  /** e.g. `Status as at 30 June 2019`. */
  asOf: string;
}

/** A string as a CSS string literal (quotes and backslashes escaped, no line breaks). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/**
 * The `@page` rule of a report: A4 in the chosen orientation, margins that leave room for a
 * printer's edge, the as-at date at the bottom left and "Page n of m" at the bottom right.
 */
export function pageRule(orientation: Orientation, footer: FooterText): string {
  const box = 'font-family: system-ui, sans-serif; font-size: 8pt; color: #000;';
  return [
    `@page { size: A4 ${orientation}; margin: 14mm 12mm 16mm; `,
    `@bottom-left { content: ${cssString(footer.asOf)}; ${box} } `,
    `@bottom-right { content: ${cssString(`${footer.page} `)} counter(page) ${cssString(` ${footer.of} `)} counter(pages); ${box} } }`,
  ].join('');
}

/** The orientation named by `?orientation=` in a report's address (portrait unless it says landscape). */
export function orientationOf(search: string): Orientation {
  return new URLSearchParams(search).get('orientation') === 'landscape' ? 'landscape' : 'portrait';
}
