// @ts-check
// ESLint flat config: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro,
// as Astro projects (withastro/starlight, withastro/docs) use them. Formatting is Prettier's job.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.astro/', 'bench-output/', 'node_modules/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Build scripts, tests and the search page's browser code share the tree.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // The same convention as tsc's noUnusedLocals: a leading underscore marks a deliberate unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
