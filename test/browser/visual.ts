import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import pixelmatch from 'pixelmatch';
import type {BrowserContext} from 'playwright-core';
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

/** Width and height from a PNG's header (IHDR), without decoding it. */
function sizeOf(png: Buffer): {width: number; height: number} {
  return {width: png.readUInt32BE(16), height: png.readUInt32BE(20)};
}

// pixelmatch (one ES module with a default export, no imports), to run in a blank page.
const PIXELMATCH_SCRIPT = readFileSync(require.resolve('pixelmatch'), 'utf8').replace(
  'export default function pixelmatch',
  'window.pixelmatch = function pixelmatch',
);

/**
 * How many pixels of two PNGs of one size pixelmatch finds apart, counted in a blank page of `context`:
 * Chromium decodes a tall page's PNG natively, where pngjs took most of the test's time.
 */
async function differentPixels(context: BrowserContext, a: Buffer, b: Buffer): Promise<number> {
  const page = await context.newPage();
  try {
    await page.addScriptTag({content: PIXELMATCH_SCRIPT});
    return await page.evaluate(
      async ({images, threshold}) => {
        const decode = async (base64: string) => {
          const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
          const bitmap = await createImageBitmap(blob, {
            colorSpaceConversion: 'none',
            premultiplyAlpha: 'none',
          });
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const context2d = canvas.getContext('2d', {willReadFrequently: true})!;
          context2d.drawImage(bitmap, 0, 0);
          return context2d.getImageData(0, 0, bitmap.width, bitmap.height);
        };
        const [x, y] = await Promise.all(images.map(decode));
        const match = (window as unknown as {pixelmatch: typeof pixelmatch}).pixelmatch;
        return match(x!.data, y!.data, undefined, x!.width, x!.height, {threshold});
      },
      {images: [a.toString('base64'), b.toString('base64')], threshold: THRESHOLD},
    );
  } finally {
    await page.close();
  }
}

/** Leaves what a failing comparison saw: `<name>.actual.png` and, for one size, `<name>.diff.png`. */
function keepFailure(name: string, actual: Buffer, expected?: Buffer): void {
  write(join(RESULTS_DIR, `${name}.actual.png`), actual);
  if (!expected) return;
  const [a, b] = [PNG.sync.read(expected), PNG.sync.read(actual)];
  const diff = new PNG({width: a.width, height: a.height});
  pixelmatch(a.data, b.data, diff.data, a.width, a.height, {threshold: THRESHOLD});
  write(join(RESULTS_DIR, `${name}.diff.png`), PNG.sync.write(diff));
}

/**
 * Compares a PNG with the baseline `name.png`: the same size and at most 0.2 % of pixels apart (the same
 * bytes match at once; other pixels are compared in a page of `context`). With `UPDATE=1` (or when there
 * is no baseline yet and `CI` is unset) the screenshot becomes the baseline. A difference leaves
 * `<name>.actual.png` and `<name>.diff.png` in test-results/visual.
 */
export async function compareWithBaseline(
  name: string,
  png: Buffer,
  context: BrowserContext,
): Promise<Comparison> {
  const baseline = join(BASELINE_DIR, `${name}.png`);
  if (process.env.UPDATE === '1' || (!existsSync(baseline) && !process.env.CI)) {
    write(baseline, png);
    return {verdict: 'updated', baseline};
  }
  if (!existsSync(baseline))
    return {verdict: `no baseline ${baseline} (run with UPDATE=1)`, baseline};
  const committed = readFileSync(baseline);
  // The same bytes are the same pixels.
  if (committed.equals(png)) return {verdict: 'matches', baseline};
  const [expected, actual] = [sizeOf(committed), sizeOf(png)];
  if (expected.width !== actual.width || expected.height !== actual.height) {
    keepFailure(name, png);
    return {
      verdict: `size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`,
      baseline,
    };
  }
  const count = await differentPixels(context, committed, png);
  const ratio = count / (actual.width * actual.height);
  if (ratio <= MAX_DIFF_RATIO) return {verdict: 'matches', baseline};
  keepFailure(name, png, committed);
  return {verdict: `${count} pixels differ (${(ratio * 100).toFixed(2)} %)`, baseline};
}
