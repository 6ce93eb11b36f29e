import type {ResponseValue, StatusDefinition} from './types.js';

/** The default status vocabulary. Colours are Material 700/800 tones, readable as borders in both themes. */
export const DEFAULT_STATUSES: readonly StatusDefinition[] = [
  {value: 'not-started', label: 'Not started', color: '#757575', closed: false},
  {value: 'planned', label: 'Planned', color: '#1565c0', closed: false},
  {value: 'ongoing', label: 'Ongoing', color: '#f9a825', closed: false},
  {value: 'delayed', label: 'Delayed', color: '#c62828', closed: false},
  {value: 'completed', label: 'Completed', color: '#2e7d32', closed: true},
  {value: 'continuing', label: 'Continuing', color: '#00838f', closed: true},
  {value: 'cancelled', label: 'Cancelled', color: '#424242', closed: true},
];

/** Page types a page's `type` front matter may take. */
export const DEFAULT_PAGE_TYPES: readonly string[] = [
  'strategy',
  'action-plan',
  'evaluation',
  'meeting',
  'handover-note',
  'mission-report',
  'guidance',
  'template',
];

/** Management responses to evaluation recommendations, with their labels. */
export const RESPONSES: ReadonlyMap<ResponseValue, string> = new Map([
  ['accepted', 'Accepted'],
  ['partially-accepted', 'Partially accepted'],
  ['not-accepted', 'Not accepted'],
] as const);

/** Attributes a status block may carry (`id` is written `#id`). */
export const STATUS_ATTRIBUTES: readonly string[] = [
  'id',
  'status',
  'owner',
  'due',
  'sdg',
  'nexus',
  'response',
  'response-note',
  'as-of',
];

/** Attributes a key action may carry (`id` is written `#id`). */
export const ACTION_ATTRIBUTES: readonly string[] = [
  'id',
  'status',
  'owner',
  'due',
  'evidence',
  'note',
  'sdg',
  'nexus',
  'as-of',
];

/** Name of the directive of a key action (`::action` leaf or `:::action` container). */
export const ACTION_DIRECTIVE = 'action';

/** Front-matter keys the portal reads; none clashes with Docusaurus's own. */
export const PAGE_KEYS: readonly string[] = [
  'type',
  'owner',
  'sdg',
  'nexus',
  'as_of',
  'reviewers',
  'last_reviewed',
  'review_every',
];

/** Name of the container directive of a status block. */
export const STATUS_DIRECTIVE = 'status';

/** Where the rules are documented; a message's `url` is this plus `#rule-id`. */
export const RULES_URL = 'https://github.com/kmportal/kmportal/blob/main/plugins/model/README.md';

/** Identifier of the messages' origin. */
export const SOURCE = 'kmportal';
