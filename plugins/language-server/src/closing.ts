import {scanOpening} from '@kmportal/model';

/** Whether a line starts something a block's body does not run into: another status block or a heading. */
function startsNext(text: string): boolean {
  const scan = scanOpening(text);
  return (scan?.name === 'status' && scan.colons >= 3) || /^#{1,6}(\s|$)/.test(text);
}

/**
 * The line (0-based) before which a missing closing fence of the block opened on `opening` goes: after
 * the last line of its body, i.e. the last non-blank line before the next status block or heading.
 * `lines.length` when the body runs to the end of a file without a final newline.
 */
export function closingLine(lines: readonly string[], opening: number): number {
  let last = opening;
  for (let line = opening + 1; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (startsNext(text)) break;
    if (text.trim()) last = line;
  }
  return last + 1;
}
