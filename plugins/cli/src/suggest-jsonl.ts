import {createInterface} from 'node:readline';
import {suggestSdg} from '@kmportal/sdg-suggest';
import type {CommandIo} from './io.js';

/** One output line of `kb suggest --jsonl`. */
export interface SuggestJsonLine {
  id: unknown;
  goals: string[];
  targets: string[];
  error?: string;
}

/** What one input line gives: suggestions, or an error saying what was wrong with the line. */
export function suggestLine(line: string, lineNumber: number, locale?: string): SuggestJsonLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return {
      id: null,
      goals: [],
      targets: [],
      error: `stdin:${lineNumber}: not JSON (${(error as Error).message}); expected {"id": …, "text": "…"}`,
    };
  }
  const {id = null, text, locale: lineLocale} = (record ?? {}) as Record<string, unknown>;
  if (typeof record !== 'object' || record === null || typeof text !== 'string') {
    return {
      id,
      goals: [],
      targets: [],
      error: `stdin:${lineNumber}: no string \`text\`; expected {"id": …, "text": "…"}`,
    };
  }
  const result = suggestSdg(text, {locale: typeof lineLocale === 'string' ? lineLocale : locale});
  return {id, goals: result.goals.map((g) => g.code), targets: result.targets.map((t) => t.code)};
}

/** `kb suggest --jsonl`: `{"id","text"}` lines in, `{"id","goals","targets"}` lines out, in order. */
export async function runSuggestJsonl(options: {locale?: string}, io: CommandIo): Promise<number> {
  const lines = createInterface({input: io.stdin ?? process.stdin, crlfDelay: Infinity});
  let number = 0;
  let failed = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    const out = suggestLine(line, number, options.locale);
    if (out.error) {
      failed++;
      io.stderr.write(`kb suggest: ${out.error}\n`);
    }
    io.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed > 0 ? 1 : 0;
}
