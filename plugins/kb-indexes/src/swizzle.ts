import type {SwizzleConfig} from '@docusaurus/types';

/**
 * Which theme components are safe to wrap or eject (`docusaurus swizzle @kmportal/kb-indexes`). The
 * unit pages and the key-action list take their data as typed props (`@kmportal/kb-indexes/theme`);
 * components not listed here are the ones being redesigned and stay `unsafe` for now.
 */
export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: {
      KbUnitIndex: {
        actions: {wrap: 'safe', eject: 'safe'},
        description: 'The list of units (/units): every unit of units.yml with its counts.',
      },
      KbUnitPage: {
        actions: {wrap: 'safe', eject: 'safe'},
        description:
          "A unit's page and printable handover pack (/units/<code>): open and closed items, pages, changes.",
      },
      KbKeyActions: {
        actions: {wrap: 'safe', eject: 'safe'},
        description: 'The key actions of a goal or nexus area page, counted apart from its items.',
      },
      KbInvalidFlag: {
        actions: {wrap: 'safe', eject: 'safe'},
        description:
          'The flag of an invalid item in lists and the dashboard: "invalid — fix at file:line" and the message.',
      },
      KbVersionSwitch: {
        actions: {wrap: 'safe', eject: 'safe'},
        description:
          'The docs versions of an SDG, nexus, matrix or dashboard page (links to the same page in each).',
      },
      useKbToday: {
        actions: {wrap: 'forbidden', eject: 'unsafe'},
        description:
          "The reader's day after hydration, the build day before (server and client agree).",
      },
    },
  };
}
