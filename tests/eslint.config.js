// ESLint flat config for the back-office app, its unit tests and the e2e journeys. It lives in tests/ to keep the
// top level fixed; `npm run lint` passes it with --config, and file patterns are relative to the repository root.
import js from '@eslint/js';
import pluginVue from 'eslint-plugin-vue';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import { configureVueProject, defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
configureVueProject({ rootDir: repositoryRoot });

export default defineConfigWithVueTs(
  {
    name: 'ebpdocuments/ignores',
    ignores: ['node_modules/**', 'dist/**', '.cache/**', 'module/**', 'tests/php/**', 'coverage/**'],
  },
  {
    name: 'ebpdocuments/files',
    files: ['admin-ui/**/*.{ts,vue}', 'tests/admin-ui/**/*.{ts,vue}', 'tests/e2e/**/*.ts', 'tests/bench/**/*.ts', '*.ts', 'tests/*.js'],
  },
  js.configs.recommended,
  pluginVue.configs['flat/recommended'],
  vueTsConfigs.recommended,
  {
    name: 'ebpdocuments/tsconfig-root',
    languageOptions: { parserOptions: { tsconfigRootDir: repositoryRoot } },
  },
  {
    name: 'ebpdocuments/app',
    files: ['admin-ui/**/*.{ts,vue}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-console': ['error', { allow: ['error'] }],
      'no-debugger': 'error',
    },
  },
  {
    name: 'ebpdocuments/tests',
    files: ['tests/admin-ui/**/*.{ts,vue}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.vitest } },
  },
  {
    name: 'ebpdocuments/tooling',
    files: ['*.ts', 'tests/*.js', 'tests/e2e/*.ts', 'tests/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    name: 'ebpdocuments/rules',
    rules: {
      'vue/multi-word-component-names': 'error',
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/component-api-style': ['error', ['script-setup']],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
);
