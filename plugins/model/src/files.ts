// Reading the site's files without trusting them: a page or registry may be a directory, a FIFO, a
// device, a symlink loop, unreadable, huge or not UTF-8. Each case becomes a diagnostic, never a throw
// or a hang (a FIFO is never opened; a size is checked before reading).
import {closeSync, fstatSync, openSync, readSync, statSync, constants} from 'node:fs';
import {VFile} from 'vfile';
import {report} from './diagnostics.js';

/** Largest page read (2 MiB): the upstream parser takes about 600 bytes of memory per byte of page. */
export const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;
/** Largest registry (`units.yml`, `nexus.yml`) read: 1 MiB. */
export const DEFAULT_MAX_REGISTRY_BYTES = 1024 * 1024;

/** A file's text, or the problem that kept it from being read (reported on `file`). */
export type ReadResult = {ok: true; value: string} | {ok: false};

const ERRNO_TEXT: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ELOOP: 'it is a symbolic link that loops',
  ENOENT: 'it no longer exists (or is a broken symbolic link)',
  ENAMETOOLONG: 'its name is too long',
  EMFILE: 'too many files are open',
};

function describeError(error: unknown): string {
  const code = String((error as {code?: string}).code ?? '');
  const text = Object.hasOwn(ERRNO_TEXT, code) ? ERRNO_TEXT[code] : String(error);
  return code ? `${text} (${code})` : text;
}

/** What kind of file a stat names, for messages: `a folder`, `a FIFO (named pipe)`, … */
function kindOf(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
}): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device file';
  return 'not a regular file';
}

function kib(bytes: number): string {
  return `${Math.ceil(bytes / 1024).toLocaleString('en-US')} KiB`;
}

/** Reads at most `maxBytes + 1` bytes of an opened regular file (its size may grow while it is read). */
function readBounded(fd: number, maxBytes: number): Buffer | undefined {
  const buffer = Buffer.alloc(Math.min(fstatSync(fd).size, maxBytes) + 1);
  let length = 0;
  for (let n; length < buffer.length; length += n) {
    n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
  }
  return length > maxBytes ? undefined : buffer.subarray(0, length);
}

/**
 * The text of a regular file of at most `maxBytes` bytes, decoded as UTF-8, or a diagnostic on `file`
 * (rule `unreadable-file`, `file-too-large` or `invalid-encoding`). `what` names the file in messages.
 */
export function readTextFile(
  path: string,
  file: VFile,
  what: string,
  maxBytes: number,
): ReadResult {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    report(
      file,
      `${what} could not be read: ${describeError(error)}.`,
      undefined,
      'unreadable-file',
    );
    return {ok: false};
  }
  if (!stats.isFile()) {
    const reason = `${what} is ${kindOf(stats)}, expected a regular file; it is not read. Remove it or replace it by a file.`;
    report(file, reason, undefined, 'unreadable-file');
    return {ok: false};
  }
  const tooLarge = () =>
    report(
      file,
      `${what} is larger than the limit of ${kib(maxBytes)} (${kib(stats.size)}); it is not read. Split it into smaller files.`,
      undefined,
      'file-too-large',
    );
  if (stats.size > maxBytes) return (tooLarge(), {ok: false});
  let bytes;
  try {
    // O_NONBLOCK: should the path become a FIFO after the check, opening it does not wait for a writer.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a file'), {code: 'EISDIR'});
      bytes = readBounded(fd, maxBytes);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    report(
      file,
      `${what} could not be read: ${describeError(error)}.`,
      undefined,
      'unreadable-file',
    );
    return {ok: false};
  }
  if (!bytes) return (tooLarge(), {ok: false});
  return {ok: true, value: decodeText(bytes, file, what)};
}

/** UTF-8 text of `bytes`; a UTF-16 file or invalid UTF-8 is reported (with the first bad byte's place). */
export function decodeText(bytes: Uint8Array, file: VFile, what: string): string {
  const bom16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (bom16) {
    report(
      file,
      `${what} is UTF-16, expected UTF-8; it is not read. Save it as UTF-8 (in most editors: "Save with encoding").`,
      undefined,
      'invalid-encoding',
    );
    return '';
  }
  try {
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    const value = new TextDecoder('utf-8').decode(bytes);
    const bad = value.indexOf('\uFFFD');
    const before = value.slice(0, Math.max(bad, 0)).split(/\r\n|\r|\n/);
    report(
      file,
      `${what} is not valid UTF-8 (a Latin-1 or Windows-1252 file?): the bytes here are shown as \`\uFFFD\`. Save it as UTF-8.`,
      {line: before.length, column: (before.at(-1)?.length ?? 0) + 1},
      'invalid-encoding',
    );
    return value;
  }
}
