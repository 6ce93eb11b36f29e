import type * as Preset from '@docusaurus/preset-classic';
import type {Config} from '@docusaurus/types';
import type {Options as KmPresetOptions} from '@kmportal/docusaurus-preset';
import {translatedMarkdownLinks} from '@kmportal/model';
import {themes as prismThemes} from 'prism-react-renderer';
import {spawnSync} from 'node:child_process';

// Docusaurus reads "last updated" from git and its build stops outside a git work tree (an exported
// archive, a container without .git); the suite itself builds there (status history is then "not
// available", said once). So the last-update lines are shown only where git can give them.
const inGitWorkTree =
  spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {
    cwd: __dirname,
    encoding: 'utf8',
  }).stdout?.trim() === 'true';

// The site's name and tagline in the locale being built: Docusaurus loads the config once per locale
// and names it in DOCUSAURUS_CURRENT_LOCALE (its documented way to translate site config fields).
const SITE_TEXT = new Map([
  [
    'en',
    {
      title: 'Knowledge portal',
      tagline:
        'Strategies, action plans, evaluation follow-ups and decisions, with their status, in one place',
    },
  ],
  [
    'fr',
    {
      title: 'Portail des connaissances',
      tagline:
        'Stratégies, plans d’action, suivi des évaluations et décisions, avec leur état d’avancement, en un seul endroit',
    },
  ],
  [
    'ru',
    {
      title: 'Портал знаний',
      tagline:
        'Стратегии, планы действий, выполнение рекомендаций оценок и решения с их текущим статусом — в одном месте',
    },
  ],
]);
const siteText =
  SITE_TEXT.get(process.env.DOCUSAURUS_CURRENT_LOCALE ?? 'en') ?? SITE_TEXT.get('en')!;

const config: Config = {
  title: siteText.title,
  tagline: siteText.tagline,
  favicon: 'img/favicon.svg',
  url: 'https://km-portal.example.org',
  baseUrl: process.env.BASE_URL ?? '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    format: 'detect',
    // Links between a translated page and one not translated yet resolve to the doc's permalink; any
    // other broken link fails the build.
    hooks: {onBrokenMarkdownLinks: translatedMarkdownLinks({siteDir: __dirname})},
  },
  // UNECE's three working languages. `docusaurus build` builds every locale (one after the other);
  // `docusaurus start` serves one (`--locale fr` for French). The suite's packages ship their fr and ru
  // strings; the site's own ones are in i18n/<locale>/.
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'fr', 'ru'],
    localeConfigs: {
      en: {label: 'English', htmlLang: 'en-GB'},
      fr: {label: 'Français', htmlLang: 'fr'},
      ru: {label: 'Русский', htmlLang: 'ru'},
    },
  },
  presets: [
    // The classic preset's options; the preset adds the status remark plugin to the docs plugin and
    // the status, indexes, review, search and feeds plugins, told the docs folder and route from `docs`.
    [
      '@kmportal/docusaurus-preset',
      {
        docs: {
          path: 'docs',
          routeBasePath: 'docs',
          sidebarPath: './sidebars.ts',
          // PLACEHOLDER: set KB_EDIT_URL to the content repository's edit URL, e.g.
          // https://github.com/<org>/<repo>/edit/main/ (Docusaurus appends `docs/<page>.md`).
          editUrl: process.env.KB_EDIT_URL ?? 'https://github.com/EXAMPLE-ORG/km-portal/edit/main/',
          showLastUpdateAuthor: inGitWorkTree,
          showLastUpdateTime: inGitWorkTree,
        },
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies KmPresetOptions,
    ],
  ],
  themeConfig: {
    navbar: {
      title: 'Knowledge portal',
      logo: {alt: 'Knowledge portal', src: 'img/logo.svg'},
      items: [
        {type: 'docSidebar', sidebarId: 'portal', position: 'left', label: 'Documents'},
        {to: '/sdg', label: 'SDGs', position: 'left'},
        {to: '/nexus', label: 'Nexus', position: 'left'},
        {to: '/status', label: 'Status', position: 'left'},
        {to: '/review', label: 'Review', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
        {type: 'search', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      copyright:
        'Content: the focal points of each unit. SDG titles: open-sdg/sdg-translations (MIT).',
    },
    prism: {theme: prismThemes.vsLight, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
