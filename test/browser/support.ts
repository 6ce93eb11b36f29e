import AxeBuilder from '@axe-core/playwright';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser, type Page} from 'playwright-core';
import handler from 'serve-handler';

import {SITE_BUILD_DIR} from './site-build';

export {SITE_BUILD_DIR};

/** Chromium flags for a sandboxed machine with no network but loopback. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Launches Debian's Chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A static server for a built site on 127.0.0.1 and a free port. */
export async function serveStatic(dir: string): Promise<{url: string; close: () => Promise<void>}> {
  const server: Server = createServer((req, res) =>
    handler(req, res, {public: dir, cleanUrls: true, trailingSlash: false}),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * axe violations of impact serious or critical, as `rule: target` strings for readable failures; with
 * `include`, only in the elements it selects (a fixture site's own theme is not the suite's to check).
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({page});
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${v.help})`));
}

/** A built site served on loopback and a Chromium browser, shared by the tests of one file. */
export interface BrowserSite {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly browser: Browser;
  /** A page in a new browser context. */
  newPage(): Promise<Page>;
}

/**
 * Serves the site built in `dir` (default: the main site's build; a function is called when the server
 * starts, for a site that an earlier `beforeAll` builds) and starts Chromium before the tests of the
 * calling file; stops both after them. Call it inside the `describe` block.
 */
export function useBrowserSite(dir: string | (() => string) = SITE_BUILD_DIR): BrowserSite {
  let server: {url: string; close: () => Promise<void>} | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(typeof dir === 'function' ? dir() : dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined)
      throw new Error(`${what} is not started: use it inside a test or hook`);
    return value;
  };
  return {
    get url() {
      return started(server, 'the server').url;
    },
    get browser() {
      return started(browser, 'Chromium');
    },
    newPage: async () => (await started(browser, 'Chromium').newContext()).newPage(),
  };
}
