// The readers of a status block's fields, each reporting its own problems.
import type {Nodes, Paragraph, RootContent} from 'mdast';
import {attributePlace, fail, placeOf, type Block} from './block.js';
import {code, codeList} from './diagnostics.js';
import {parseCalendarDate, parseDue, suggestDue} from './due.js';
import {didYouMean} from './suggest.js';
import {plainText, sliceSource} from './text.js';
import type {DueDate, ModelConfig, Point, ResponseValue} from './types.js';
import {ACTION_ATTRIBUTES, RESPONSES, STATUS_ATTRIBUTES} from './vocabulary.js';

const ID = /^[a-z0-9][a-z0-9\-_.]*$/;

/** `Status block` or `Key action`, for messages about either. */
export function blockNoun(block: Block): string {
  return block.kind === 'action' ? 'Key action' : 'Status block';
}

/** How the block's opening is written, for messages: `:::status[Title]{#id …}` or `::action[…]…`. */
function openingForm(block: Block): string {
  return block.kind === 'action' ? '`::action[Title]{#id …}`' : '`:::status[Title]{#id …}`';
}

function labelNodes(block: Block): Nodes[] {
  if (block.node.type === 'leafDirective') return block.node.children as Nodes[];
  const label = block.node.children[0];
  const isLabel = label?.type === 'paragraph' && (label as Paragraph).data?.directiveLabel;
  return isLabel ? [label] : [];
}

/** A valid id close to `id` (linear time: no regex with a quantifier that can fail at every place). */
function suggestId(id: string): string {
  const dashed = id.toLowerCase().replace(/[^a-z0-9\-_.]+/g, '-');
  let end = dashed.length;
  while (end > 0 && dashed[end - 1] === '-') end--;
  return dashed.slice(0, end).replace(/^[^a-z0-9]+/, '');
}

/** A hint naming an invisible character (U+FEFF, U+200B, a soft hyphen) in `text`, which editors hide. */
export function invisibleHint(text: string): string {
  const invisible = /[\u00AD\u200B-\u200F\u2060\uFEFF]/u.exec(text)?.[0];
  if (!invisible) return '';
  const hex = invisible.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return ` It contains the invisible character U+${hex}; retype it.`;
}

/** The title in square brackets, reported when missing. */
export function readTitle(block: Block): string {
  const nodes = labelNodes(block);
  const title = nodes.length
    ? plainText(nodes, String(block.file.value)).replace(/\s+/g, ' ').trim()
    : '';
  if (!title) {
    fail(
      block,
      `${blockNoun(block)} has no title, expected ${openingForm(block)}: put the title in square brackets right after \`${block.node.name}\`.`,
      'missing-title',
    );
  }
  return title;
}

/** The id, checked for form and uniqueness on the page. */
export function readId(block: Block, seen: Map<string, Point>): string {
  // The scanner keeps `#a.b` whole, where micromark would read id `a` and class `b`.
  const id =
    block.scan?.attributes.filter((a) => a.key === 'id').at(-1)?.value ??
    block.node.attributes?.id ??
    '';
  if (!id) {
    fail(
      block,
      `${blockNoun(block)} has no id, expected \`{#some-id …}\` after the title, e.g. \`{#ap-2017-a1 status=ongoing}\`.`,
      'missing-id',
    );
    return '';
  }
  const place = attributePlace(block, 'id');
  if (!ID.test(id)) {
    fail(
      block,
      `Invalid id ${code(id)}, expected lowercase letters, digits, \`-\`, \`_\` and \`.\`, starting with a letter or digit. Did you mean \`${suggestId(id)}\`?${invisibleHint(id)}`,
      'invalid-id',
      place,
    );
  }
  const first = seen.get(id);
  if (first) {
    fail(
      block,
      `Duplicate id ${code(id)}: also used at ${block.file.path}:${first.line}:${first.column}. Ids must be unique across the site; rename one of them.`,
      'duplicate-id',
      place,
    );
  } else seen.set(id, place);
  return id;
}

/** The status, checked against the vocabulary. */
export function readStatus(block: Block, config: ModelConfig): string {
  const status = block.node.attributes?.status ?? '';
  // Only for the messages: listing the vocabulary for every item was a measurable part of a parse.
  const expected = () => codeList(config.statuses.map((s) => s.value));
  if (!status) {
    fail(
      block,
      `${blockNoun(block)} has no status, expected \`status=…\` with one of ${expected()}.`,
      'missing-status',
    );
  } else if (!config.statusByValue.has(status)) {
    const hint = didYouMean(status, config.statusByValue.keys());
    fail(
      block,
      `Unknown status ${code(status)}, expected one of ${expected()}.${hint}`,
      'unknown-status',
      attributePlace(block, 'status', true),
    );
  }
  return status;
}

/** The due date or period, or why it is not one. */
export function readDue(block: Block): DueDate | undefined {
  const raw = block.node.attributes?.due;
  if (raw === undefined || raw === null) return undefined;
  const parsed = parseDue(raw);
  if (parsed.ok) return parsed.due;
  const suggestion = suggestDue(raw);
  const hint = suggestion && suggestion !== raw ? ` Did you mean \`${suggestion}\`?` : '';
  fail(
    block,
    `Invalid due date ${code(raw)}: ${parsed.reason}; expected \`YYYY-MM-DD\`, \`YYYY-MM\`, \`YYYY\`, \`YYYY-Qn\`, \`YYYY-Hn\` or \`tbc\`.${hint}`,
    'invalid-date',
    attributePlace(block, 'due', true),
  );
  return undefined;
}

/** The management response, if any. */
export function readResponse(block: Block): ResponseValue | undefined {
  const raw = block.node.attributes?.response;
  if (raw === undefined || raw === null) return undefined;
  if (RESPONSES.has(raw as ResponseValue)) return raw as ResponseValue;
  const hint = didYouMean(raw, RESPONSES.keys());
  fail(
    block,
    `Unknown response ${code(raw)}, expected ${codeList([...RESPONSES.keys()])}.${hint}`,
    'unknown-response',
    attributePlace(block, 'response', true),
  );
  return undefined;
}

/** The date of the progress note, defaulting to the page's. */
export function readAsOf(block: Block, fallback: string | undefined): string | undefined {
  const raw = block.node.attributes?.['as-of'];
  if (raw === undefined || raw === null) return fallback;
  const parsed = parseCalendarDate(raw);
  if (parsed.ok) return raw;
  fail(
    block,
    `Invalid date ${code(raw)} in \`as-of\`: ${parsed.reason}; expected \`YYYY-MM-DD\`.`,
    'invalid-date',
    attributePlace(block, 'as-of', true),
  );
  return fallback;
}

/** Reports unknown, repeated and curly-quoted attributes. */
export function checkAttributeNames(block: Block): void {
  const seen = new Set<string>();
  for (const attribute of block.scan?.attributes ?? []) {
    if (seen.has(attribute.key)) {
      fail(
        block,
        `Attribute \`${attribute.key}\` is given twice; only the last one counts. Remove one.`,
        'duplicate-attribute',
        placeOf(block, attribute),
      );
    }
    seen.add(attribute.key);
    // Inside straight quotes, typographic ones are text (`note="l’Assemblée générale"`, `«…»`).
    const opener = block.lines[block.start.line - 1]?.[attribute.valueColumn - 2];
    const quoted = opener === '"' || opener === "'";
    if (!quoted && /[“”‘’«»]/.test(attribute.value)) {
      fail(
        block,
        `Attribute \`${attribute.key}\` has typographic quotes in ${code(attribute.value)}, expected straight double quotes: \`${attribute.key}="…"\`. Word processors replace them; retype them in a code editor.`,
        'curly-quotes',
        {line: block.start.line, column: attribute.valueColumn},
      );
    }
    const known = block.kind === 'action' ? ACTION_ATTRIBUTES : STATUS_ATTRIBUTES;
    if (known.includes(attribute.key)) continue;
    const hint =
      didYouMean(attribute.key, known) ||
      ` Known attributes: \`#id\`, ${codeList(known.slice(1))}.`;
    fail(
      block,
      `Unknown attribute \`${attribute.key}\` on a ${blockNoun(block).toLowerCase()}.${hint}`,
      'unknown-attribute',
      placeOf(block, attribute),
    );
  }
}

/** The body's Markdown source and plain text, without the title and the nodes `skip` names (key actions). */
export function readBody(
  block: Block,
  skip: (node: RootContent) => boolean = () => false,
): {body: string; bodyText: string} {
  if (block.node.type === 'leafDirective') return {body: '', bodyText: ''};
  const children = block.node.children as RootContent[];
  const kept = children.filter(
    (child) => !(child.type === 'paragraph' && child.data?.directiveLabel),
  );
  const body = kept.filter((child) => !skip(child));
  const source = String(block.file.value);
  // Without skipped nodes the body is one slice, spacing as written; with them each node is sliced alone.
  const markdown =
    body.length === kept.length
      ? sliceSource(source, body)
      : body.map((node) => sliceSource(source, [node])).join('\n\n');
  return {body: markdown.trim(), bodyText: plainText(body as Nodes[], source)};
}
