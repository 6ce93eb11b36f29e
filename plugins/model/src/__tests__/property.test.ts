import fc from 'fast-check';
import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {parsePage} from '../parse.js';

const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', 'test', 'registry')});

// Fragments that status blocks and their mistakes are made of, so random pages hit the parser's edges.
const fragment = fc.constantFrom(
  ':::status',
  '::status',
  ':status',
  ':::',
  '::::',
  '[',
  ']',
  '{',
  '}',
  '#',
  '#a-1',
  '#A!',
  '.cls',
  ' status=',
  'ongoing',
  'ongoign',
  ' owner=',
  '"OES,PMU"',
  '"',
  "'",
  '“',
  ' due=',
  '2019-02-30',
  '2019-Q4',
  'tbc',
  ' sdg=',
  '"11 11.2 18 6.a 11.z"',
  ' nexus=',
  'smart-cities',
  ' response=',
  'accepted',
  ' as-of=',
  '::action[',
  ':::action',
  '::::status',
  '::::',
  ' evidence=',
  '"../x.md https://a.b/c x.md#y"',
  ' note=',
  ' response-note=',
  'partially-accepted',
  'completed',
  'cancelled',
  '\n',
  '\r\n',
  '\n\n',
  '---\n',
  'type: meeting\n',
  'owner: [OES]\n',
  '```\n',
  '> ',
  '- ',
  '    ',
  '\uFEFF',
  'é',
  'ж',
  '10:30',
  '*',
  '<b>',
  '<div>',
  '<?',
  '<!--',
  '-->',
  '<script>',
  '<!DOCTYPE',
  '{x}',
  '\\',
  '\t',
);
const page = fc.oneof(
  fc.array(fragment, {maxLength: 60}).map((parts) => parts.join('')),
  fc.string({maxLength: 200}),
);

describe('parsePage on any input', () => {
  test('returns items and messages, never throws, with places inside the file', () => {
    fc.assert(
      fc.property(page, (value) => {
        const result = parsePage({path: 'p.md', value}, config);
        const lines = value.split(/\r\n|\r|\n/).length;
        for (const message of result.messages) {
          expect(message.line ?? 1).toBeGreaterThanOrEqual(1);
          expect(message.line ?? 1).toBeLessThanOrEqual(lines);
          expect(message.column ?? 1).toBeGreaterThanOrEqual(1);
          expect(message.reason.length).toBeGreaterThan(10);
          expect(message.ruleId).toBeTruthy();
        }
        for (const item of result.items) {
          expect(typeof item.id).toBe('string');
          expect(item.position.start.line).toBeGreaterThanOrEqual(1);
          for (const action of item.actions ?? []) {
            expect(action.parent).toBe(item.id);
            expect(action.position.start.line).toBeGreaterThanOrEqual(item.position.start.line);
            expect(action.position.end.line).toBeLessThanOrEqual(item.position.end.line);
          }
        }
      }),
      {numRuns: 3000},
    );
  });

  test('every opening line of a status block becomes an item or an error', () => {
    fc.assert(
      fc.property(page, (value) => {
        const result = parsePage(
          {path: 'p.md', value: `${value}\n\n:::status[T]{#zz-1 status=ongoing}\n:::\n`},
          config,
        );
        const found = result.items.some((item) => item.id === 'zz-1');
        // Only an unclosed code fence or HTML block before it may hide the block, and that is reported.
        const hiders = ['unclosed-fence', 'unclosed-html', 'hidden-by-html'];
        expect(found || result.messages.some((m) => hiders.includes(String(m.ruleId)))).toBe(true);
      }),
      {numRuns: 3000},
    );
  });
});
