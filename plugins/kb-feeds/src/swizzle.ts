import type {SwizzleConfig} from '@docusaurus/types';

/** Which theme components are safe to wrap or eject (`docusaurus swizzle @kmportal/kb-feeds`). */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      KbFeedLinks: {
        actions: {wrap: 'safe', eject: 'safe'},
        description:
          'The "Subscribe" line (webcal: and https calendar links, the Atom feed) and the feed\'s autodiscovery link.',
      },
      'DocItem/Metadata': {
        actions: {wrap: 'safe', eject: 'unsafe'},
        description:
          "A doc's metadata with its page's change feed in the head; ejecting it drops the theme's own metadata updates.",
      },
      useKbFeeds: {
        actions: {wrap: 'forbidden', eject: 'unsafe'},
        description:
          'Where the feeds of the site, a unit or a page are; the build writes the same paths.',
      },
    },
  };
}
