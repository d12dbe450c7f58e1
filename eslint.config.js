// ESLint flat config: typescript-eslint's type-checked rules (floating promises, misused promises,
// unsafe any, …) over every TypeScript folder. Formatting is Prettier's job, not ESLint's.
import js from '@eslint/js'
import { defineConfig } from 'eslint/config'
import globals from 'globals'
import jest from 'eslint-plugin-jest'
import tseslint from 'typescript-eslint'

export default defineConfig(
  { ignores: ['dist/', '.build/', 'coverage/', 'node_modules/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs'] }, tsconfigRootDir: import.meta.dirname }
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // Both fire on an `unknown` that a check narrowed to `{}`: the code rethrows a captured failure
      // and stringifies a library's non-Error rejection for the debug log, on purpose.
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      // Harmless; `eslint --fix` removes them in the formatting commit.
      '@typescript-eslint/no-unnecessary-type-assertion': 'warn'
    }
  },
  {
    // Past five, a function's parameters are grouped in an object (issue #12): keeps calls readable.
    files: ['src/**'],
    rules: { 'max-params': ['error', 5] }
  },
  {
    // Front doors (issue #20): a folder of src/ is used from outside only through its index.ts;
    // inside a folder, files import each other directly (`./x.js`).
    files: ['src/*/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\.\./[^/]+/(?!index\.js$)`,
              message: "Another folder of src/ is imported through its front door, '../<folder>/index.js' (export what you need there)."
            }
          ]
        }
      ]
    }
  },
  {
    files: ['src/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: String.raw`^\./[^/]+/(?!index\.js$)`,
              message: "A folder of src/ is imported through its front door, './<folder>/index.js' (export what you need there)."
            }
          ]
        }
      ]
    }
  },
  {
    // Stubs implement async interfaces without awaiting, and JSON.parse of outputs is `any`.
    files: ['__tests__/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off'
    }
  },
  {
    // Jest's own rules over every test: no expect behind an `if` (a test that can pass without
    // asserting), the Jest globals imported from '@jest/globals' rather than taken as implicit globals,
    // and the recommended and style sets.
    files: ['__tests__/**'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      ...jest.configs['flat/style'].rules,
      'jest/no-conditional-expect': 'error',
      // A table's rows that Windows cannot run share the test body as `expect…()`.
      'jest/expect-expect': ['error', { assertFunctionNames: ['expect', 'expect*'] }],
      // Tests skipped on Windows are declared with these (__tests__/helpers/platform.ts).
      'jest/no-standalone-expect': ['error', { additionalTestBlockFunctions: ['posixIt', 'posixIt.each', 'posixUserIt', 'posixNameIt'] }],
      'jest/prefer-importing-jest-globals': 'error'
    }
  },
  {
    // It checks request parameters for control characters on purpose.
    files: ['emulator/vod-upload-params.ts'],
    rules: { 'no-control-regex': 'off' }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked]
  }
)
