// A temporary docs folder and captured output, shared by the tests of the commands that write pages.
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {main} from '../main.js';

export const UNITS_YML = [
  '- code: OES\n  name: Office of the Executive Secretary\n  focal_point: Executive Officer',
  '- code: PMU\n  name: Programme Management Unit\n  parent: OES',
  '- code: ILO\n  name: International Labour Office',
  '- code: ILO-ITC\n  name: International Training Centre\n  parent: ILO',
].join('\n');

/** Writes a site with the registries and `pages` (paths relative to docs); returns its folder. */
export function writeSite(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-write-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'units.yml'), `${UNITS_YML}\n`);
  writeFileSync(
    join(dir, 'docs', 'nexus.yml'),
    '- slug: smart-cities\n  title: Cities\n  description: Cities.\n- slug: energy\n  title: Energy\n  description: Energy.\n',
  );
  for (const [name, text] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, 'docs', name)), {recursive: true});
    writeFileSync(join(dir, 'docs', name), text);
  }
  return dir;
}

/** Every page's text, by path relative to docs. */
export function readPages(dir: string): Record<string, string> {
  const files = readdirSync(join(dir, 'docs'), {recursive: true, encoding: 'utf8'}) as string[];
  const pages = files.filter((f) => f.endsWith('.md')).sort();
  return Object.fromEntries(
    pages.map((file) => [
      file.split('\\').join('/'),
      readFileSync(join(dir, 'docs', file), 'utf8'),
    ]),
  );
}

/** Runs `kb` in `cwd`; returns the exit code and what it printed. */
export async function runKb(cwd: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = {
    cwd,
    stdout: {write: (t: string) => out.push(t)},
    stderr: {write: (t: string) => err.push(t)},
  };
  const code = await main(args, io);
  return {code, stdout: out.join(''), stderr: err.join('')};
}
