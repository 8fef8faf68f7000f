import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Feature boundaries from STYLE.md: shared/ never reaches into features/, and a feature reaches another
// feature only through its index.ts.
const features = ['auth', 'board', 'entities', 'forms', 'publicForms', 'recordDetail', 'records', 'scripting', 'settings', 'stages', 'tasks', 'transfers', 'users', 'workflowRuns', 'workflows'];
const otherFeatureInternals = {
  group: [...features.map((name) => `../${name}/*`), ...features.map((name) => `../features/${name}/*`)],
  message: 'Import another feature through its index.ts.',
};

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'e2e/screenshots'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2023, globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a string union instead of an enum.' },
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    ignores: ['src/features/**/__tests__/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherFeatureInternals] }] },
  },
  {
    files: ['src/shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/features/**'], message: 'shared/ must not depend on features/.' }] },
      ],
    },
  },
  {
    files: ['vite.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['e2e/**/*.mjs', 'eslint.config.js'],
    languageOptions: { globals: globals.node },
    extends: [js.configs.recommended],
  },
);
