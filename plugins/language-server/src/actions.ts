import {scanOpening} from '@kmportal/model';
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type TextEdit,
} from 'vscode-languageserver';
import {editorLines, quotedValue} from './diagnostics.js';
import {closingLine} from './closing.js';
import {freshId, nextId} from './fresh-id.js';
import type {SiteWorkspace} from './workspace.js';

/** What a quick fix needs: the page, its text as lines, and a test for ids in use. */
export interface FixContext {
  workspace: SiteWorkspace;
  path: string;
  uri: string;
  lines: string[];
  taken: (id: string) => boolean;
}

type Fix = (diagnostic: Diagnostic, context: FixContext) => CodeAction | undefined;

function action(
  title: string,
  diagnostic: Diagnostic,
  context: FixContext,
  edits: TextEdit[],
): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {changes: {[context.uri]: edits}},
  };
}

function replaceOnLine(line: number, from: number, length: number, newText: string): TextEdit {
  return {range: {start: {line, character: from}, end: {line, character: from + length}}, newText};
}

/** `Did you mean `x`?`: the value the message quotes first, replaced where it stands. */
const didYouMean: Fix = (diagnostic, context) => {
  const suggestion = /Did you mean `([^`]*)`\?/.exec(diagnostic.message)?.[1];
  const found = quotedValue(diagnostic.message);
  if (suggestion === undefined || !found) return undefined;
  const {line, character} = diagnostic.range.start;
  const at = (context.lines[line] ?? '').indexOf(found, character);
  if (at === -1) return undefined;
  const edit = replaceOnLine(line, at, found.length, suggestion);
  return action(`Change \`${found}\` to \`${suggestion}\``, diagnostic, context, [edit]);
};

const CURLY: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‘': "'",
  '’': "'",
  '«': '"',
  '»': '"',
};

/** Typographic quotes in a directive's attributes become straight ones (the title is left as written). */
const straightQuotes: Fix = (diagnostic, context) => {
  if (diagnostic.code !== 'curly-quotes' && !/curly quote/.test(diagnostic.message))
    return undefined;
  const {line} = diagnostic.range.start;
  const text = context.lines[line] ?? '';
  const brace = text.indexOf('{', text.lastIndexOf(']') + 1);
  if (brace === -1) return undefined;
  const fixed = text.slice(brace).replace(/[“”„‘’«»]/g, (q) => CURLY[q]!);
  const edit = replaceOnLine(line, brace, text.length - brace, fixed);
  return action('Replace curly quotes with straight quotes', diagnostic, context, [edit]);
};

/** A `:::` line closing the block (or code fence) opened at the diagnostic. */
const closeBlock: Fix = (diagnostic, context) => {
  const code = diagnostic.code;
  if (code !== 'unclosed-block' && code !== 'unclosed-fence') return undefined;
  const {line} = diagnostic.range.start;
  const fence =
    code === 'unclosed-block'
      ? ':::'
      : (/(`{3,}|~{3,})/.exec(context.lines[line] ?? '')?.[1] ?? '```');
  const insert = closingLine(context.lines, line);
  const atEnd = insert >= context.lines.length;
  const end = atEnd ? (context.lines.at(-1) ?? '').length : 0;
  const place = {line: atEnd ? context.lines.length - 1 : insert, character: end};
  const edit = {range: {start: place, end: place}, newText: atEnd ? `\n${fence}\n` : `${fence}\n`};
  const what = code === 'unclosed-block' ? 'status block' : 'code fence';
  return action(`Close the ${what} with \`${fence}\` on line ${insert + 1}`, diagnostic, context, [
    edit,
  ]);
};

/** A nested block: close the outer one just before it. */
const closeOuter: Fix = (diagnostic, context) => {
  if (diagnostic.code !== 'nested-block') return undefined;
  const {line} = diagnostic.range.start;
  const edit = {
    range: {start: {line, character: 0}, end: {line, character: 0}},
    newText: ':::\n\n',
  };
  return action('Close the outer status block before this one', diagnostic, context, [edit]);
};

/** A duplicate id: the next free id in its style. */
const renameDuplicate: Fix = (diagnostic, context) => {
  if (diagnostic.code !== 'duplicate-id') return undefined;
  const id = quotedValue(diagnostic.message);
  const {line} = diagnostic.range.start;
  const at = id ? (context.lines[line] ?? '').indexOf(`#${id}`) : -1;
  if (!id || at === -1) return undefined;
  const fresh = nextId(id, context.taken);
  const edit = replaceOnLine(line, at + 1, id.length, fresh);
  return action(`Rename to the unused id \`${fresh}\``, diagnostic, context, [edit]);
};

/** A block without an id: a fresh one after the title. */
const addId: Fix = (diagnostic, context) => {
  if (diagnostic.code !== 'missing-id') return undefined;
  const {line} = diagnostic.range.start;
  const text = context.lines[line] ?? '';
  const scan = scanOpening(text);
  if (!scan || scan.name !== 'status' || scan.problem) return undefined;
  const fresh = freshId(context.workspace.page(context.path), context.path, context.taken);
  const brace = text.indexOf('{', text.lastIndexOf(']') + 1);
  const edit =
    brace === -1
      ? replaceOnLine(line, text.trimEnd().length, 0, `{#${fresh}}`)
      : replaceOnLine(line, brace + 1, 0, `#${fresh}${text[brace + 1] === '}' ? '' : ' '}`);
  return action(`Add the unused id \`${fresh}\``, diagnostic, context, [edit]);
};

const FIXES: Fix[] = [didYouMean, straightQuotes, closeBlock, closeOuter, renameDuplicate, addId];

/** Quick fixes for the model's diagnostics in `diagnostics` (those the client sends with the request). */
export function codeActions(
  context: Omit<FixContext, 'lines'> & {text: string},
  diagnostics: Diagnostic[],
): CodeAction[] {
  const fixContext: FixContext = {...context, lines: editorLines(context.text)};
  return diagnostics
    .filter((diagnostic) => diagnostic.source === 'kmportal')
    .flatMap((diagnostic) =>
      FIXES.map((fix) => fix(diagnostic, fixContext)).filter((a) => a !== undefined),
    );
}
