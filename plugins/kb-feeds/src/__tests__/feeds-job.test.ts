import {pageStatusHistory} from '@kmportal/status-history';
import {canMakeFeedsInWorker, feedJob, startFeedFiles} from '../feeds-job';
import {feedFiles} from '../files';
import {removeRepos} from './history-repo';
import {historySite, PLACES} from './site-history';

// A bound against hangs, not a speed check: the worker loads the model and both feed libraries.
jest.setTimeout(60_000);
afterAll(removeRepos);

test('the feeds worker makes the very files this thread makes, history included', async () => {
  // The compiled worker is there once the packages are built (`npm test` type-checks, which builds them).
  expect(canMakeFeedsInWorker()).toBe(true);
  const {repo, site, context} = historySite();
  const history = (path: string) =>
    pageStatusHistory(path, {cwd: repo, config: site.config}).timelines;
  const job = feedJob(site, history, {
    siteUrl: context.siteUrl,
    siteTitle: context.siteTitle,
    generated: context.generated,
    places: PLACES,
  });
  const here = feedFiles(context, PLACES);
  const fromWorker = await startFeedFiles(job);
  expect(fromWorker).toEqual(here);
  // The history reached the worker: the site's change feed has entries.
  const atom = fromWorker.find((file) => file.path === 'changes.atom')!.text;
  expect(atom.match(/<entry>/g)?.length).toBeGreaterThan(2);
});
