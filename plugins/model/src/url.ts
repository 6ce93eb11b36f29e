/**
 * An absolute URL as it must be written in a file read by other programs (items.json, items.csv, feeds):
 * spaces, quotes, brackets and non-ASCII characters percent-encoded as the WHATWG URL parser does, a `%`
 * that starts no escape (`/docs/100%`) written `%25`, escapes already there kept. Docusaurus's permalinks
 * are not encoded (`/docs/my page`). A string the parser refuses is returned as it is.
 */
export function encodedUrl(url: string): string {
  const escaped = url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
  try {
    return new URL(escaped).href;
  } catch {
    return url;
  }
}
