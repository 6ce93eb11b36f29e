import type {VFile} from 'vfile';
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import {code, codeList, report} from './diagnostics.js';
import {parseCalendarDate} from './due.js';
import {readReview} from './review.js';
import {simpleFrontMatter} from './frontmatter-simple.js';
import {checkFrontMatterSafety} from './safety.js';
import {didYouMean} from './suggest.js';
import type {ModelConfig, PageMeta, Point} from './types.js';
import {
  checkNexus,
  checkOwners,
  checkSdg,
  splitList,
  type Token,
  type ValueProblem,
} from './values.js';

/** Where the YAML text of the front matter starts in the file. */
export interface FrontMatterSource {
  value: string;
  /** Line of the opening `---`. */
  line: number;
}

type Locate = (node: YamlNode | null | undefined) => Point;

function locator(source: FrontMatterSource, lines: LineCounter): Locate {
  return (node) => {
    const offset = node?.range?.[0] ?? 0;
    const pos = lines.linePos(offset);
    return {line: source.line + pos.line, column: pos.col};
  };
}

/** Aliases (`*name`) expanded in front matter: more than this is reported as a resource attack. */
export const MAX_FRONT_MATTER_ALIASES = 50;

function tokensOf(given: YamlNode | null | undefined, locate: Locate, doc: Document): Token[] {
  const node = isAlias(given) ? (given.resolve(doc) as YamlNode | undefined) : given;
  if (isSeq(node)) return node.items.flatMap((item) => tokensOf(item as YamlNode, locate, doc));
  if (isScalar(node) && node.value !== null && node.value !== undefined) {
    const place = locate(node);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return splitList(String(node.value), quoted ? {...place, column: place.column + 1} : place);
  }
  return [];
}

function reportAll(file: VFile, problems: ValueProblem[]): void {
  for (const p of problems) report(file, p.reason, p.place, p.ruleId, p.severity);
}

/** Reads and checks the portal's front-matter keys; Docusaurus's own keys pass through. */
export function readFrontMatter(
  source: FrontMatterSource | undefined,
  file: VFile,
  config: ModelConfig,
): Omit<PageMeta, 'path' | 'title'> & {title?: string} {
  const meta = {
    owners: [] as string[],
    sdg: [] as string[],
    sdgGoals: [] as number[],
    nexus: [] as string[],
  };
  if (!source) return {...meta, frontMatter: {}};
  const lines = new LineCounter();
  // Simple front matter (most pages') is built directly; anything else is read by the YAML parser.
  const doc =
    simpleFrontMatter(source.value, lines) ??
    parseDocument(source.value, {lineCounter: lines, prettyErrors: false});
  const locate = locator(source, lines);
  for (const error of doc.errors) {
    const pos = lines.linePos(error.pos[0]);
    report(
      file,
      `Front matter is not valid YAML: ${error.message.split('\n')[0]}`,
      {line: source.line + pos.line, column: pos.col},
      'frontmatter-yaml',
    );
  }
  if (doc.errors.length > 0) return {...meta, frontMatter: {}};
  if (doc.contents !== null && !isMap(doc.contents)) {
    report(
      file,
      'Front matter must be a mapping of `key: value` lines.',
      locate(doc.contents),
      'frontmatter-yaml',
    );
    return {...meta, frontMatter: {}};
  }
  const frontMatter = frontMatterValue(doc, file, locate);
  if (!frontMatter) return {...meta, frontMatter: {}};
  if (config.authoringSafety !== false) checkFrontMatterSafety(doc, file, locate);
  const node = (key: string) => {
    const found = doc.get(key, true) as YamlNode | undefined;
    return isAlias(found) ? (found.resolve(doc) as YamlNode | undefined) : found;
  };
  const owners = checkOwners(tokensOf(node('owner'), locate, doc), config, 'owner');
  const sdg = checkSdg(tokensOf(node('sdg'), locate, doc), config.sdg, 'sdg');
  const nexus = checkNexus(tokensOf(node('nexus'), locate, doc), config, 'nexus');
  reportAll(file, [...owners.problems, ...sdg.problems, ...nexus.problems]);
  return {
    owners: owners.values,
    sdg: sdg.values,
    sdgGoals: sdg.goals,
    nexus: nexus.values,
    type: checkType(frontMatter.type, node('type'), file, config, locate),
    asOf: checkAsOf(frontMatter.as_of, node('as_of'), file, locate),
    review: readReview(
      {
        reviewers: node('reviewers'),
        lastReviewed: node('last_reviewed'),
        every: node('review_every'),
        locate,
      },
      file,
      config,
    ),
    title: typeof frontMatter.title === 'string' ? frontMatter.title : undefined,
    description: typeof frontMatter.description === 'string' ? frontMatter.description : undefined,
    frontMatter,
  };
}

/** The first alias of `doc` whose anchor is not defined before it, if any. */
function unresolvedAlias(doc: Document): YamlNode | undefined {
  let found: YamlNode | undefined;
  visit(doc, {
    Alias(_, alias) {
      if (alias.resolve(doc) === undefined) {
        found = alias;
        return visit.BREAK;
      }
    },
  });
  return found;
}

/** The front matter as JavaScript values, or `undefined` with the alias problem reported. */
function frontMatterValue(
  doc: Document,
  file: VFile,
  locate: Locate,
): Record<string, unknown> | undefined {
  try {
    return (doc.toJS({maxAliasCount: MAX_FRONT_MATTER_ALIASES}) ?? {}) as Record<string, unknown>;
  } catch (error) {
    const alias = unresolvedAlias(doc);
    const reason = alias
      ? `Front matter uses the YAML alias ${code(String(alias))} but no anchor \`&${String(alias).slice(1)}\` is defined before it. To write a value starting with \`*\`, quote it: \`"${String(alias)}"\`.`
      : `Front matter expands YAML aliases too many times (${(error as Error).message}), the form of a "billion laughs" attack; at most ${MAX_FRONT_MATTER_ALIASES} are allowed. Write the values out.`;
    report(file, reason, locate(alias ?? doc.contents), 'frontmatter-yaml');
    return undefined;
  }
}

function checkType(
  value: unknown,
  node: YamlNode | undefined,
  file: VFile,
  config: ModelConfig,
  locate: Locate,
) {
  if (value === undefined || value === null) return undefined;
  const text = String(value);
  if (config.pageTypes.includes(text)) return text;
  const hint = didYouMean(text, config.pageTypes);
  report(
    file,
    `Unknown page type ${code(text)} in \`type\`, expected ${codeList(config.pageTypes)}.${hint}`,
    locate(node),
    'unknown-page-type',
  );
  return undefined;
}

function checkAsOf(value: unknown, node: YamlNode | undefined, file: VFile, locate: Locate) {
  if (value === undefined || value === null) return undefined;
  const text = String(value);
  const parsed = parseCalendarDate(text);
  if (parsed.ok) return text;
  report(
    file,
    `Invalid date ${code(text)} in \`as_of\`: ${parsed.reason}; expected \`YYYY-MM-DD\`, e.g. \`2018-12-31\`.`,
    locate(node),
    'invalid-date',
  );
  return undefined;
}
