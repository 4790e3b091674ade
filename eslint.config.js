// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Ways to turn strings into markup or code. Extension code builds DOM nodes instead. */
const unsafeSinks = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
  'no-restricted-properties': [
    'error',
    { object: 'document', property: 'write', message: 'document.write is banned: build DOM nodes.' },
    { object: 'document', property: 'writeln', message: 'document.writeln is banned: build DOM nodes.' },
  ],
  'no-restricted-syntax': [
    'error',
    ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((name) => ({
      selector: `MemberExpression[property.name="${name}"]`,
      message: `${name} is banned: build DOM nodes (or text) instead of parsing markup.`,
    })),
    {
      selector: 'MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|insertAdjacentHTML)$/]',
      message: 'Markup sinks are banned, also through a computed property.',
    },
    {
      selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
      message: 'dangerouslySetInnerHTML is banned: render text or components.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.test-results/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      ...unsafeSinks,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware: every promise is awaited, returned or handled (a `void` does not handle a
  // rejection), and no promise goes where a plain value or a void callback is expected.
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
);
