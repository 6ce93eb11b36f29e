import type {BuiltIndex, IndexJob} from './indexJob.js';
import {serializeJob, startIndexThread, type IndexThread} from './indexThread.js';

/**
 * The index of the docs as last loaded, built in a worker thread: one build at a time (the dev server
 * loads the docs again on every change), a superseded build stopped, an equal job not built again.
 */
export class LatestIndex {
  private build?: IndexThread;

  /** Starts building the index of `job`, unless the latest build is of an equal job; its key. */
  update(job: IndexJob): string {
    const serialized = serializeJob(job);
    if (this.build?.key !== serialized.key) {
      void this.build?.stop();
      this.build = startIndexThread(serialized);
    }
    return serialized.key;
  }

  /** The latest index (none when there are no docs): a build superseded while awaited gives way to the next. */
  async index(): Promise<BuiltIndex | undefined> {
    for (;;) {
      const build = this.build;
      try {
        return await build?.index;
      } catch (error) {
        if (build === this.build) throw error;
      }
    }
  }

  /** Stops the latest build, if it still runs. */
  async stop(): Promise<void> {
    await this.build?.stop();
  }
}
