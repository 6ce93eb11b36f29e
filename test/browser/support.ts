import AxeBuilder from '@axe-core/playwright';
import {createServer, type Server} from 'node:http';
import type {AddressInfo} from 'node:net';
import {chromium, type Browser, type Page} from 'playwright-core';
import handler from 'serve-handler';

export {SITE_BUILD_DIR} from './site-build';

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

/** axe violations of impact serious or critical, as `rule: target` strings for readable failures. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} (${v.help})`));
}
