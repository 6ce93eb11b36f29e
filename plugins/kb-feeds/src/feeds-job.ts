import {compiledWorkerFile, withActions, workerResult, type SiteModel} from '@kmportal/model';
import type {StatusChange} from '@kmportal/status-history';
import {createFeedContext, type HistorySource} from './context.js';
import {feedFiles, type FeedFile, type FeedPlaces} from './files.js';

const WORKER_FILE = compiledWorkerFile(import.meta.url, 'feeds-worker.js');

/** What the worker is given: the site (without its messages), its history per page path, the places. */
export interface FeedJob {
  site: SiteModel;
  siteUrl: string;
  siteTitle: string;
  generated: Date;
  histories: Map<string, Record<string, StatusChange[]>>;
  places: FeedPlaces;
}

/** The feed files of a job, as `postBuild` would make them with the same history. */
export function jobFeedFiles(job: FeedJob) {
  const context = createFeedContext(job.site, {
    siteUrl: job.siteUrl,
    siteTitle: job.siteTitle,
    generated: job.generated,
    history: (path) => job.histories.get(path) ?? {},
  });
  return feedFiles(context, job.places);
}

/** Whether the feed files can be made in a worker thread (the compiled worker exists). */
export function canMakeFeedsInWorker(): boolean {
  return WORKER_FILE !== undefined;
}

/**
 * The job of a site: its history read now, per page path of its items; of each page only its metadata
 * and items, which are all the feeds read (`site.pages`' `page` and `items`, `site.items`, `config`):
 * the job is copied to the worker on the calling thread, and a page's outline, pulls and messages were
 * a third of it.
 */
export function feedJob(
  site: SiteModel,
  history: HistorySource,
  about: Omit<FeedJob, 'site' | 'histories'>,
): FeedJob {
  const paths = new Set(withActions(site.items).map((item) => item.path));
  const histories = new Map([...paths].map((path) => [path, history(path)]));
  const pages = site.pages.map(({page, items}) => ({
    page,
    items,
    pulls: [],
    headings: [],
    messages: [],
  }));
  return {
    ...about,
    site: {...site, pages, messages: [], files: [], backlinks: new Map()},
    histories,
  };
}

/**
 * The feed files of `job`, made in a worker thread when there is a compiled worker, else in this thread;
 * the same function (`feedFiles`, through `jobFeedFiles`) makes them either way.
 */
export function startFeedFiles(job: FeedJob): Promise<FeedFile[]> {
  if (!WORKER_FILE) return Promise.resolve(jobFeedFiles(job));
  return workerResult(WORKER_FILE, job, 'the feed files (calendars and change feeds)');
}
