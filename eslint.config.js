import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'test-artifacts/', 'data/', 'reports/', '.stryker-tmp/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
    },
  },
  {
    // The domain is pure: checked by the linter, not kept by habit.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: ['react', 'react-*', 'maplibre-gl', 'zustand', '*/map/*', '*/ui/*', '*/state/*']},
      ],
    },
  },
  {
    // Only src/map talks to MapLibre.
    files: ['src/ui/**', 'src/state/**', 'src/data/**'],
    rules: {'no-restricted-imports': ['error', {patterns: ['maplibre-gl']}]},
  },
);
