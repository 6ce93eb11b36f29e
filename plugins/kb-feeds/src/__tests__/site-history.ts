import {join} from 'node:path';
import {loadSite, type SiteModel} from '@kmportal/model';
import {clearStatusHistoryCache, pageStatusHistory} from '@kmportal/status-history';
import {createFeedContext, type FeedContext} from '../context';
import {block, commit, NEXUS, newRepo, page, UNITS, write} from './history-repo';

/** The plan of the fixture, at each of its commits (authors and days below). */
const TITLE = 'Action plan 2026; roads, rails & "ports"';
const long = 'A long progress note, '.repeat(12).trim();

function plan(a1: string, a2: string, a3 = 'ongoing'): Record<string, string> {
  return {
    'docs/plans/plan.md': page(TITLE, [
      block(
        'a1',
        {
          title: 'Publish the handbook, in English; French later',
          status: a1,
          owner: 'PMU,SDGU',
          due: '2027-03-15',
          sdg: '11 11.2',
          nexus: 'smart-cities',
        },
        long,
      ),
      block('a2', {status: a2, owner: 'PMU', due: '2026-Q4'}),
      block('a3', {status: a3, owner: 'PMU', due: 'tbc'}),
      block('a4', {status: 'delayed', owner: 'SDGU', due: '2025'}),
    ]),
  };
}

/** A site whose pages have three commits of history: a1 planned → ongoing, a2 ongoing → completed. */
export function historySite({git = true} = {}): {
  repo: string;
  site: SiteModel;
  context: FeedContext;
} {
  clearStatusHistoryCache();
  const repo = newRepo({git});
  const registries = {'docs/units.yml': UNITS, 'docs/nexus.yml': NEXUS};
  const second = {
    'docs/second.mdx': page(
      'Second page',
      [block('b1', {status: 'planned', owner: 'SDGU', due: '2026-12'})],
      'type: meeting',
    ),
    // A recommendation carried out through key actions: its status, due date and owners follow from them.
    'docs/evaluation.md': page(
      'Evaluation 2025',
      [
        ':::status[Recommendation 1]{#r1 response=accepted}\nBody.\n\n' +
          '::action[Draft the note]{#r1-a1 owner=PMU due=2027-01 status=ongoing}\n' +
          '::action[Train focal points]{#r1-a2 owner=PMU due=2026-06 status=completed}\n:::\n',
      ],
      'type: evaluation',
    ),
    // A page with no items whose review is overdue on 2026-12-01.
    'docs/guide.md': page(
      'Guide',
      [],
      'type: guidance\nowner: SDGU\nlast_reviewed: 2025-10-01\nreview_every: 12 months',
    ),
  };
  if (git) {
    commit(
      repo,
      {...registries, ...plan('planned', 'ongoing'), ...second},
      'Ann Lee',
      '2026-01-10',
    );
    commit(repo, plan('ongoing', 'ongoing'), 'Ben Okafor', '2026-03-02');
    commit(repo, plan('ongoing', 'completed'), 'Cat Dubois', '2026-11-20');
  } else {
    write(repo, {...registries, ...plan('ongoing', 'completed'), ...second});
  }
  const site = loadSite({docsDir: join(repo, 'docs'), cwd: repo});
  const context = createFeedContext(site, {
    siteUrl: 'https://km.example.org/portal/',
    siteTitle: 'Knowledge portal',
    generated: new Date('2026-12-01T06:00:00Z'),
    history: (path) => pageStatusHistory(path, {cwd: repo, config: site.config}).timelines,
  });
  return {repo, site, context};
}

export const PLACES = {
  exportUrl: 'https://km.example.org/portal/kb/',
  maxEntries: 100,
  statusPath: '/status',
  unitPath: '/units/{unit}',
};
