// ESLint (flat config), run by `npm run lint` and in `npm test`.
// TypeScript in src/, scripts/ and test/ and the frontmatter of .astro files, with typescript-eslint's
// recommended rules plus the house habits: no `any`, as few casts and `!` as possible (a guard, a typed
// query or a typed payload instead), and no disable comment without its reason on the same line.
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.scratch/', 'node_modules/', 'public/', 'test/fixtures/**/dist/'] },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  comments.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // `as` only (never `<T>x`), and never on an object literal: annotate the variable instead.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'never' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A disable comment says why, after `--` on the same line.
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // In a test a missing value throws and fails the test, which is what it should do; the
      // rule guards the site's code (src/) and the scripts that build it.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A test's holder object (`const site = {} as Site`) is filled in beforeAll.
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'as', objectLiteralTypeAssertions: 'allow' }],
    },
  },
);
