// What authoring safety (safety.ts) looks for: script URLs, and the start tags of raw HTML with their
// attributes. Scanned by hand, in one pass: a regex over unbounded HTML would risk polynomial backtracking.
/** Attributes whose value the browser loads or navigates to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'cite',
  'srcdoc',
]);

/** Whether the browser loads or navigates to the value of the attribute `name` (lower case). */
export function isUrlAttribute(name: string): boolean {
  return URL_ATTRIBUTES.has(name);
}

/** Raster images a `data:` URL may hold in an image (they cannot run script). */
const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/;

/** The scheme as a browser reads it: tabs and newlines removed, leading controls and spaces trimmed. */
function urlScheme(url: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const colon = cleaned.indexOf(':');
  if (colon < 1) return '';
  const scheme = cleaned.slice(0, colon).toLowerCase();
  return /^[a-z][a-z0-9+.-]*$/.test(scheme) ? scheme : '';
}

/** Why `url` is unsafe in a page (a script URL, or a `data:` URL that is no raster image), if it is. */
export function unsafeUrl(url: string, inImage = false): string | undefined {
  const scheme = urlScheme(url);
  if (scheme === 'javascript' || scheme === 'vbscript') return `a \`${scheme}:\` URL runs script`;
  if (scheme !== 'data') return undefined;
  const cleaned = url
    .replace(/[\t\n\r]/g, '')
    .trimStart()
    .toLowerCase();
  if (inImage && SAFE_DATA_IMAGE.test(cleaned)) return undefined;
  return 'a `data:` URL can hold a page that runs script';
}

/** One attribute of a raw HTML tag: its name and value, and where the name starts in the HTML text. */
interface HtmlAttribute {
  name: string;
  value: string;
  offset: number;
}

/** One raw HTML start tag: its lower-cased name, where `<` is, and its attributes. */
export interface HtmlTag {
  name: string;
  offset: number;
  attributes: HtmlAttribute[];
}

const NAME_CHAR = /[^\s"'>/=]/;

function skipSpace(html: string, at: number): number {
  let index = at;
  while (index < html.length && /\s/.test(html[index]!)) index++;
  return index;
}

function readWhile(html: string, at: number, test: RegExp): number {
  let index = at;
  while (index < html.length && test.test(html[index]!)) index++;
  return index;
}

/** The attribute value at `at` (after `=`): quoted or bare, and the index after it. */
function readValue(html: string, at: number): {value: string; end: number} {
  const quote = html[at];
  if (quote === '"' || quote === "'") {
    const close = html.indexOf(quote, at + 1);
    const end = close === -1 ? html.length : close;
    return {value: html.slice(at + 1, end), end: end + 1};
  }
  const end = readWhile(html, at, /[^\s>]/);
  return {value: html.slice(at, end), end};
}

/** The attributes of the tag whose name ends at `at`, and the index after its `>` (or the end). */
function readAttributes(html: string, at: number): {attributes: HtmlAttribute[]; end: number} {
  const attributes: HtmlAttribute[] = [];
  let index = at;
  while (index < html.length && html[index] !== '>') {
    index = skipSpace(html, index);
    const start = index;
    index = readWhile(html, index, NAME_CHAR);
    if (index === start) {
      index++; // `/`, a stray quote or `=`: nothing to read here.
      continue;
    }
    const name = html.slice(start, index).toLowerCase();
    const equals = skipSpace(html, index);
    if (html[equals] !== '=') {
      attributes.push({name, value: '', offset: start});
      continue;
    }
    const value = readValue(html, skipSpace(html, equals + 1));
    attributes.push({name, value: value.value, offset: start});
    index = value.end;
  }
  return {attributes, end: index + 1};
}

/** Every start tag in a piece of raw HTML (or of JSX read as HTML), in one linear pass. */
export function htmlTags(html: string): HtmlTag[] {
  const tags: HtmlTag[] = [];
  let index = html.indexOf('<');
  while (index !== -1) {
    const nameEnd = /[A-Za-z]/.test(html[index + 1] ?? '')
      ? readWhile(html, index + 1, /[\w:-]/)
      : index + 1;
    if (nameEnd === index + 1) {
      index = html.indexOf('<', index + 1);
      continue;
    }
    const {attributes, end} = readAttributes(html, nameEnd);
    tags.push({name: html.slice(index + 1, nameEnd).toLowerCase(), offset: index, attributes});
    index = html.indexOf('<', Math.max(end, index + 1));
  }
  return tags;
}
