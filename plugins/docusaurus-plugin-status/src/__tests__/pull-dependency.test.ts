import {mkdtempSync, readFileSync, statSync, utimesSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, sep} from 'node:path';
import {pullDependencyRule, writePullFingerprint} from '../pull-dependency.js';

describe('the pull fingerprint file', () => {
  test('is written when missing or changed, and left alone (same mtime) when it holds the fingerprint', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pull-fp-')), 'status', 'pull-fingerprint.txt');
    await writePullFingerprint(file, 'aaaa');
    expect(readFileSync(file, 'utf8')).toBe('aaaa');
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(file, past, past);
    await writePullFingerprint(file, 'aaaa');
    expect(statSync(file).mtime.toISOString()).toBe(past.toISOString());
    await writePullFingerprint(file, 'bbbb');
    expect(readFileSync(file, 'utf8')).toBe('bbbb');
    expect(statSync(file).mtime.getTime()).toBeGreaterThan(past.getTime());
  });

  test('the rule runs the loader before the MDX loader on the docs folders only', () => {
    const rule = pullDependencyRule(
      ['/site/docs', `/site/versioned_docs/version-1.0${sep}`],
      '/fp',
    );
    const [entry] = (rule.module?.rules ?? []) as {
      include: string[];
      enforce: string;
      use: {loader: string; options: {file: string}}[];
    }[];
    expect(entry?.include).toEqual([`/site/docs${sep}`, `/site/versioned_docs/version-1.0${sep}`]);
    expect(entry?.enforce).toBe('pre');
    expect(entry?.use[0]?.loader).toMatch(/pull-dependency-loader\.cjs$/);
    expect(entry?.use[0]?.options).toEqual({file: '/fp'});
  });
});
