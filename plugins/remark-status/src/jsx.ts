import type {Expression, Program} from 'estree';
import type {RootContent} from 'mdast';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';

/**
 * `JSON.parse("<json>")`: the value as one string literal. A nested object literal of the same value
 * is a tree of hundreds of nodes per card, which MDX clones twice (mdast to hast, raw HTML), and
 * Babel and Terser walk again, for every page of a build; a string literal is one node.
 */
export function jsonExpression(json: string): Expression {
  return {
    type: 'CallExpression',
    optional: false,
    callee: {
      type: 'MemberExpression',
      object: {type: 'Identifier', name: 'JSON'},
      property: {type: 'Identifier', name: 'parse'},
      computed: false,
      optional: false,
    },
    arguments: [{type: 'Literal', value: json, raw: JSON.stringify(json)}],
  };
}

/**
 * A JSX attribute `name="value"`, or `name={value}` for anything that is not a string: the attribute's
 * source text is the value as JSON, and its compiled form parses that JSON (see `jsonExpression`).
 */
export function jsxAttribute(name: string, value: unknown): MdxJsxAttribute {
  if (typeof value === 'string') return {type: 'mdxJsxAttribute', name, value};
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError(`prop ${name} has no JSON form`);
  // Numbers, booleans and null are one node already.
  const expression: Expression =
    value === null || typeof value !== 'object'
      ? {type: 'Literal', value: value as number | boolean | null, raw: json}
      : jsonExpression(json);
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [{type: 'ExpressionStatement', expression}],
  };
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {type: 'mdxJsxAttributeValueExpression', value: json, data: {estree}},
  };
}

/** JSX attributes for every defined prop. */
export function jsxAttributes(props: Record<string, unknown>): MdxJsxAttribute[] {
  return Object.entries(props)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => jsxAttribute(name, value));
}

/**
 * An ESM node `import <local> from "<source>"` for the top of a page: a component the page imports is
 * used as is, where one taken from the MDX components is looked up and checked on every render, with
 * that check compiled into every page.
 */
export function importNode(local: string, source: string): RootContent {
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name: local}}],
        source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
        attributes: [],
      },
    ],
  };
  const node = {
    type: 'mdxjsEsm',
    value: `import ${local} from ${JSON.stringify(source)}`,
    data: {estree},
  };
  return node as unknown as RootContent;
}
