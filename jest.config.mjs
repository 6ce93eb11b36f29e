// Jest runs the TypeScript sources directly (through SWC), so tests need no build step.
// The ESM-only unified packages are transformed to CommonJS like the sources.
const swc = (syntax) => [
  '@swc/jest',
  {
    jsc: {
      parser: syntax === 'typescript' ? {syntax, tsx: true} : {syntax},
      target: 'es2022',
      transform: {react: {runtime: 'automatic'}},
    },
    module: {type: 'commonjs'},
  },
];

const common = {
  testEnvironment: 'node',
  // A bound against hangs, not a speed check: tests that start worker threads or git take seconds on a
  // loaded two-core machine, where Jest's 5 s default failed them.
  testTimeout: 60_000,
  transform: {
    '^.+\\.tsx?$': swc('typescript'),
    '^.+\\.m?js$': swc('ecmascript'),
  },
  transformIgnorePatterns: [
    '/node_modules/(?:@docusaurus|react|react-dom|webpack|@swc|typescript|lunr|lunr-languages|axe-core|@axe-core|playwright-core|cheerio|fast-check)/',
  ],
  moduleNameMapper: {
    '^@kmportal/([^/]+)$': '<rootDir>/plugins/$1/src/index.ts',
    '^@kmportal/kb-feeds/feeds$': '<rootDir>/plugins/kb-feeds/src/feeds.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Its package exports only an `import` condition, which Jest's CommonJS resolver does not ask for.
    '^estree-walker$': '<rootDir>/node_modules/estree-walker/src/index.js',
  },
};

export default {
  // Jest reads testTimeout from the global config only: in each project's config (above) it is kept but
  // not applied, and tests ran with the 5 s default (a 7 s test failed at 5 s in every project).
  testTimeout: common.testTimeout,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/plugins/*/src/**/__tests__/**/*.test.ts'],
    },
    {...common, displayName: 'site', testMatch: ['<rootDir>/test/site/**/*.test.ts']},
    // Packs the suite and installs it into a new site outside the repository (slow: an npm install, two builds).
    {...common, displayName: 'adopter', testMatch: ['<rootDir>/test/adopter/**/*.test.ts']},
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
    },
  ],
};
