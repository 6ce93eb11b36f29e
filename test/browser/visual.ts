import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import pixelmatch from 'pixelmatch';
import {PNG} from 'pngjs';

/** Where the committed baselines live, and where a failing comparison leaves what it saw. */
export const BASELINE_DIR = join(__dirname, '__screenshots__');
export const RESULTS_DIR = join(__dirname, '..', '..', 'test-results', 'visual');

/** Per-pixel colour distance pixelmatch tolerates (0–1), and the share of pixels that may differ. */
const THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.002;

/** What comparing a screenshot with its baseline found. */
export interface Comparison {
  /** `matches`, `updated` (UPDATE=1 or a first run), or why it differs. */
  readonly verdict: string;
  readonly baseline: string;
}

function write(path: string, data: Buffer): void {
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, data);
}

/**
 * Compares a PNG with the baseline `name.png`: the same size and at most 0.2 % of pixels apart.
 * With `UPDATE=1` (or when there is no baseline yet and `CI` is unset) the screenshot becomes the
 * baseline. A difference leaves `<name>.actual.png` and `<name>.diff.png` in test-results/visual.
 */
export function compareWithBaseline(name: string, png: Buffer): Comparison {
  const baseline = join(BASELINE_DIR, `${name}.png`);
  if (process.env.UPDATE === '1' || (!existsSync(baseline) && !process.env.CI)) {
    write(baseline, png);
    return {verdict: 'updated', baseline};
  }
  if (!existsSync(baseline))
    return {verdict: `no baseline ${baseline} (run with UPDATE=1)`, baseline};
  const expected = PNG.sync.read(readFileSync(baseline));
  const actual = PNG.sync.read(png);
  if (expected.width !== actual.width || expected.height !== actual.height) {
    write(join(RESULTS_DIR, `${name}.actual.png`), png);
    return {
      verdict: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
      baseline,
    };
  }
  const diff = new PNG({width: actual.width, height: actual.height});
  const count = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: THRESHOLD,
  });
  const ratio = count / (actual.width * actual.height);
  if (ratio <= MAX_DIFF_RATIO) return {verdict: 'matches', baseline};
  write(join(RESULTS_DIR, `${name}.actual.png`), png);
  write(join(RESULTS_DIR, `${name}.diff.png`), PNG.sync.write(diff));
  return {verdict: `${count} pixels differ (${(ratio * 100).toFixed(2)} %)`, baseline};
}
