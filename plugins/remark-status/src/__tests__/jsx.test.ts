import {generate} from 'astring';
import type {Expression, ExpressionStatement} from 'estree';
import type {MdxJsxAttribute} from 'mdast-util-mdx-jsx';
import {jsxAttributes} from '../jsx.js';

const PROPS = {
  id: 'a-1',
  title: 'Quotes " and </script> and é',
  count: 3,
  open: false,
  nothing: null,
  owners: [{code: 'KMU', name: 'Knowledge Management Unit'}],
  due: {raw: '2019-Q2', kind: 'quarter', start: '2019-04-01', end: '2019-06-30'},
  notes: ['line\u2028separator', 'tab\tand \\ backslash'],
};

/** The props as the compiled page passes them: each attribute's estree printed (as MDX does) and run. */
function compiledProps(attributes: MdxJsxAttribute[]): Record<string, unknown> {
  return Object.fromEntries(
    attributes.map(({name, value}) => {
      if (typeof value === 'string' || value === null || value === undefined) return [name, value];
      const statement = value.data!.estree!.body[0] as ExpressionStatement;
      const code = generate(statement.expression as Expression);
      return [name, new Function(`return (${code});`)()];
    }),
  );
}

describe('jsxAttributes', () => {
  test('every prop reaches the component unchanged once its estree is printed and run', () => {
    expect(compiledProps(jsxAttributes(PROPS))).toEqual(PROPS);
  });

  test('objects compile to one JSON.parse of a string literal; the source text is the JSON', () => {
    const [, , , , , owners] = jsxAttributes(PROPS);
    expect(owners).toMatchObject({
      name: 'owners',
      value: {
        value: JSON.stringify(PROPS.owners),
        data: {
          estree: {
            body: [
              {
                expression: {
                  type: 'CallExpression',
                  callee: {object: {name: 'JSON'}, property: {name: 'parse'}},
                  arguments: [{type: 'Literal', value: JSON.stringify(PROPS.owners)}],
                },
              },
            ],
          },
        },
      },
    });
  });

  test('strings stay plain attributes, undefined props are left out', () => {
    expect(jsxAttributes({title: 'T', gone: undefined})).toEqual([
      {type: 'mdxJsxAttribute', name: 'title', value: 'T'},
    ]);
  });
});
