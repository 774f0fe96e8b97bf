import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations: every `graphql(...)` call under src/ is checked against the server's
 * schema (schema.graphql, printed by scripts/printSchema.ts) and typed in src/api/generated/.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/api/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/api/generated/': {
      preset: 'client',
      // Plain strings rather than parsed ASTs: the app ships no GraphQL parser to the browser.
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true, skipTypename: true },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
