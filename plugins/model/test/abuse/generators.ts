// Generators of hostile input for the abuse suite (issue 18): small inputs that expand, nest or repeat
// when read, so no test needs megabytes in git.
import fc from 'fast-check';

/** A "billion laughs" YAML document: `levels` anchors, each aliasing the previous one nine times. */
export function aliasBomb(levels: number): string {
  const name = (level: number) => `l${level}`;
  const lines = [`${name(0)}: &${name(0)} [lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let level = 1; level < levels; level++) {
    const refs = Array.from({length: 9}, () => `*${name(level - 1)}`).join(', ');
    lines.push(`${name(level)}: &${name(level)} [${refs}]`);
  }
  return lines.join('\n');
}

/** Front-matter lines using YAML aliases: defined, undefined, nested, and values that look like aliases. */
export const yamlAliasLine = fc.constantFrom(
  'a: &a OES\n',
  'owner: *a\n',
  'owner: [*a, *b]\n',
  'description: *Important*\n',
  'title: *\n',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
  'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
  'sdg: &s [11]\n',
  'nexus: *s\n',
  '<<: *a\n',
);

/** A front-matter block made of alias lines. */
export const aliasFrontMatter = fc
  .array(yamlAliasLine, {maxLength: 8})
  .map((lines) => `---\n${lines.join('')}---\n`);

/** Deep nesting: block quotes, lists, emphasis, brackets, directives, repeated up to `max` times. */
export function deepNesting(max: number) {
  return fc
    .tuple(
      fc.constantFrom('> ', '- ', '1. ', '* ', '*a ', '[', ':::status[T]{#n status=ongoing}\n'),
      fc.integer({min: 1, max}),
    )
    .map(([unit, count]) => unit.repeat(count) + 'x\n');
}

/** Long runs of whitespace (spaces, tabs, no-break spaces) between text, in the places regexes scan. */
export const whitespaceRun = fc
  .tuple(fc.constantFrom(' ', '\t', '\u00A0', '\u2003', '\uFEFF'), fc.integer({min: 1, max: 5000}))
  .map(([space, count]) => space.repeat(count));
