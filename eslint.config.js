import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const NO_ZOD = {
  name: 'zod',
  message: 'Import {z} from src/zod.ts: it configures zod jitless for the Content-Security-Policy.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'test-artifacts/',
      'data/',
      'stats/',
      'bench/.build/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
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
    // zod only through src/zod.ts, which makes it jitless before any schema is built (CSP).
    files: ['src/**'],
    ignores: ['src/zod.ts'],
    rules: {'no-restricted-imports': ['error', {paths: [NO_ZOD, {...NO_ZOD, name: 'zod/mini'}]}]},
  },
  {
    // The domain is pure: checked by the linter, not kept by habit. '**/state/**', not
    // '*/state/*': a single star matches one path segment, so '../../state/store' (from
    // src/domain/builder/) slipped through (tests/unit/import-rules.test.ts).
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ZOD, {...NO_ZOD, name: 'zod/mini'}],
          patterns: [
            'react',
            'react-*',
            'maplibre-gl',
            'zustand',
            '**/map/**',
            '**/ui/**',
            '**/state/**',
          ],
        },
      ],
    },
  },
  {
    // Browser tests open pages only through tests/e2e/browser.ts, so the page guard
    // (tests/e2e/page-guard.ts) sees every error, CSP violation and foreign request.
    files: ['tests/e2e/**'],
    ignores: ['tests/e2e/browser.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='newContext']",
          message: 'Use guardedContext() from tests/e2e/browser.ts.',
        },
        {
          selector: "CallExpression[callee.object.name='browser'][callee.property.name='newPage']",
          message: 'Use openPage() or guardedContext() from tests/e2e/browser.ts.',
        },
      ],
    },
  },
  {
    // What loads before the first paint (docs/user-guide.md, "The map"): the entries, the boot and
    // what they import stay tiny. Styles only from src/ui; everything else comes by import().
    files: [
      'src/main.tsx',
      'src/embed.tsx',
      'src/boot.ts',
      'src/map/first-paint.ts',
      'src/map/early/early-map.ts',
      'src/map/early/early-keys.ts',
      'src/map/early/early-types.ts',
      'src/map/early/step-attributes.ts',
      'src/map/window-names.ts',
      'src/domain/area-steps.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [NO_ZOD, {...NO_ZOD, name: 'zod/mini'}],
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react-dom/*',
                'zustand',
                'd3-*',
                'maplibre-gl',
                'topojson-client',
                '@turf/*',
                '**/data/**',
              ],
              message: 'Loads before the first paint: import() it from the page code instead.',
            },
            {
              regex: '/ui/(?!.*\\.scss$)',
              message: 'Only styles from src/ui load before the first paint.',
            },
          ],
        },
      ],
    },
  },
  {
    // Only src/map talks to MapLibre.
    files: ['src/ui/**', 'src/state/**', 'src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {paths: [NO_ZOD, {...NO_ZOD, name: 'zod/mini'}], patterns: ['maplibre-gl']},
      ],
    },
  },
);
