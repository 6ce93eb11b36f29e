import type {SwizzleConfig} from '@docusaurus/types';

/** Which theme components are safe to wrap or eject (`docusaurus swizzle @kmportal/docusaurus-search`). */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      SearchBar: {
        actions: {wrap: 'safe', eject: 'unsafe'},
        description:
          'The navbar search box; ejecting it means keeping its ARIA 1.2 combobox pattern.',
      },
      SearchPage: {
        actions: {wrap: 'safe', eject: 'unsafe'},
        description: 'The /search page with facet filters.',
      },
      SearchResults: {
        actions: {wrap: 'safe', eject: 'safe'},
        description: 'Results grouped by page.',
      },
      SearchMarked: {
        actions: {wrap: 'safe', eject: 'unsafe'},
        description: 'Text with the searched words marked; must never parse HTML.',
      },
    },
  };
}
