// Lint every package, the site and the tests with the recommended TypeScript rules.
import js from '@eslint/js';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/lib/**',
      'plugins/vscode-extension/dist/**',
      'plugins/language-server/dist/**',
      '**/build/**',
      '**/.docusaurus/**',
      'plugins/model/src/sdg-data.ts',
      'bench/.work/**',
      'test-results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_'},
      ],
    },
  },
  {
    // Regexes run over content, registries, URLs and typed text: none may backtrack or move super-linearly
    // (issue 18: a line of a million spaces must not take minutes). Tests build their inputs themselves.
    files: ['plugins/*/src/**/*.{ts,tsx}', 'bench/**/*.mjs', 'scripts/**/*.mjs'],
    ignores: ['**/__tests__/**'],
    plugins: {regexp},
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['plugins/*/src/**/*.{ts,tsx}'],
    ignores: ['**/__tests__/**'],
    rules: {
      // Lookups keyed by content (ids, codes, slugs) go through a Map or a null-prototype object:
      // an item `#constructor` or a unit `__proto__` is valid input (issue 18).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "VariableDeclarator[id.typeAnnotation.typeAnnotation.typeName.name='Record'][init.type='ObjectExpression'][init.properties.length=0]",
          message:
            'A record filled by content keys inherits `constructor`, `__proto__`…: use a `Map` or `nullRecord()` from @kmportal/model.',
        },
        {
          // Symbol-keyed globals (`globalThis[CACHE_KEY] ??= …`) are not content.
          selector:
            "AssignmentExpression[operator='??='][left.type='MemberExpression'][left.computed=true][left.property.name!=/_KEY$/]",
          message:
            '`record[key] ??= …` finds inherited members (`constructor`): use a `Map`, or `ownValue()` on a `nullRecord()`.',
        },
      ],
    },
  },
);
