import {createHash} from 'node:crypto';

/** A fingerprint of a page's text (SHA-1, base64url): tells whether two reads saw the same text. */
export function sourceDigest(source: string): string {
  return createHash('sha1').update(source).digest('base64url');
}
