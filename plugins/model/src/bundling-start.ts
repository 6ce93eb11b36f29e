/**
 * When a plugin's build-time worker starts (the feeds, the exports: files nothing reads before
 * `postBuild`): in a production build once bundling begins (the plugin's `configureWebpack`, which
 * Docusaurus calls right after the site has loaded), not at the end of `allContentLoaded`. Loading the
 * site keeps both cores of a small machine busy (the docs plugin, the model's parse, every plugin's
 * `allContentLoaded` on the main thread), and a thread started then takes its share of them from the
 * main thread. Only a production build hands work to it (the plugins make no such files in the dev
 * server, which loads the site again on every change without configuring the bundler again).
 */
export class BundlingStart {
  private begun = false;
  private readonly waiting: (() => void)[] = [];

  /** Runs `start` once bundling has begun (at once if it has); its result. */
  run<T>(start: () => Promise<T>): Promise<T> {
    if (this.begun) return start();
    const result = new Promise<void>((resolve) => this.waiting.push(resolve)).then(start);
    // Awaited later (postBuild), and may never be (a build that fails first): a failure waits for whoever
    // awaits it instead of ending the process as an unhandled rejection.
    result.catch(() => undefined);
    return result;
  }

  /**
   * Bundling begins: what waits starts, and whatever is run from now on starts at once. Also called
   * before the work is awaited (`postBuild`), so that it never waits for a call that did not come.
   */
  begin(): void {
    if (this.begun) return;
    this.begun = true;
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}
