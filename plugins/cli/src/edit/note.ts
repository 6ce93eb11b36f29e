import {lineText, offsetOf, type SourceLines, type TextChange} from './source-lines.js';

const FENCE = /^((?:[ \t]*>)*[ \t]*):{3,}[ \t]*$/;

/** How a progress note opens: `**Update 2026-12-01.** …`, in the style of the templates' bold lead-ins. */
export function noteText(date: string, text: string): string {
  return `**Update ${date}.** ${text.trim()}`;
}

/**
 * Inserts a paragraph at the end of a container's body, just above its closing fence, with the
 * fence's own prefix (block quotes, list indentation) and the file's line endings.
 */
export function insertNote(
  source: SourceLines,
  block: {start: number; end: number},
  paragraph: string,
): TextChange | {reason: string} {
  const fence = FENCE.exec(lineText(source, block.end));
  if (block.end <= block.start || !fence) {
    return {
      reason:
        'it has no body to add a note to (a `::action` line, or a block never closed); on a key action line give `note="…"` instead',
    };
  }
  const prefix = fence[1]!;
  const previous = lineText(source, block.end - 1);
  const blank = block.end - 1 === block.start || previous.trim() === prefix.trim();
  const lines = paragraph
    .split(/\r\n|\r|\n/)
    .map((line) => (line ? prefix + line : prefix.trimEnd()));
  const lead = blank ? '' : prefix.trimEnd() + source.eol;
  const at = offsetOf(source, block.end, 1);
  return {start: at, end: at, insert: lead + lines.join(source.eol) + source.eol};
}
