import type {PageText} from '@kmportal/model';

/** The pages the plugin creates that have a title of their own, with their English text. */
export const INDEX_PAGES: ReadonlyMap<string, PageText> = new Map([
  [
    'sdg',
    {
      title: 'Sustainable Development Goals',
      description:
        'The 17 Sustainable Development Goals, each with the pages and the status items that serve it.',
    },
  ],
  [
    'nexus',
    {
      title: 'Nexus areas',
      description:
        'The nexus areas, each with its pages, its status items and the SDGs it reaches.',
    },
  ],
  [
    'matrix',
    {
      title: 'Nexus × SDG matrix',
      description: 'How many status items serve each nexus area and each SDG.',
    },
  ],
  [
    'status',
    {
      title: 'Status dashboard',
      description:
        'Every status item by status, unit and page type, what is overdue or due soon, and the management response rates.',
    },
  ],
  [
    'reports',
    {
      title: 'Status of implementation reports',
      description:
        'A printable status of implementation report per action plan, evaluation and meeting page.',
    },
  ],
]);
