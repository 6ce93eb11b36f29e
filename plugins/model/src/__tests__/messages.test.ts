import {join} from 'node:path';
import {loadModelConfig} from '../config.js';
import {formatMessage} from '../diagnostics.js';
import {parsePage} from '../parse.js';

const {config} = loadModelConfig({docsDir: join(__dirname, '..', '..', 'test', 'registry')});

function messagesOf(value: string): string[] {
  return parsePage({path: 'plan.md', value}, config).messages.map(formatMessage);
}

describe('message texts', () => {
  test('a misspelt status names the vocabulary and the likely word', () => {
    expect(messagesOf(':::status[T]{#a status=ongoign}\n:::\n')).toMatchInlineSnapshot(`
     [
       "plan.md:1:24: Unknown status \`ongoign\`, expected one of \`not-started\`, \`planned\`, \`ongoing\`, \`delayed\`, \`completed\`, \`continuing\` or \`cancelled\`. Did you mean \`ongoing\`?",
     ]
    `);
  });

  test('an unclosed block points at its opening', () => {
    expect(messagesOf('# P\n\n:::status[T]{#a status=ongoing}\nbody\n')).toMatchInlineSnapshot(`
     [
       "plan.md:3:1: Status block \`a\` is never closed, expected a line \`:::\` after its body.",
     ]
    `);
  });

  test('a malformed opening says where it breaks', () => {
    expect(messagesOf(':::status[T]{#a status=ongoing owner="OES}\n:::\n')).toMatchInlineSnapshot(`
     [
       "plan.md:1:43: Malformed status block opening at column 43: found the end of the line, expected \`"\` to close the value of \`owner\` opened at column 38. The form is \`:::status[Title]{#id status=ongoing owner="A,B"}\` on one line.",
     ]
    `);
  });

  test('messages carry a rule id, a source and a documentation link', () => {
    const [message] = parsePage(
      {path: 'plan.md', value: ':::status[T]{#a status=done}\n:::\n'},
      config,
    ).messages;
    expect({
      ruleId: message.ruleId,
      source: message.source,
      fatal: message.fatal,
      url: message.url,
    }).toMatchInlineSnapshot(`
     {
       "fatal": true,
       "ruleId": "unknown-status",
       "source": "kmportal",
       "url": "https://github.com/kmportal/kmportal/blob/main/plugins/model/README.md#unknown-status",
     }
    `);
  });
});
