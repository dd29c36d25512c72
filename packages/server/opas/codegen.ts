import type { CodegenConfig } from "@graphql-codegen/cli";

// The /opas page's typed operations, from the server's schema file (offline), and the manifest of
// their sha256 hashes that the server registers as trusted documents. Run `npm run opas:codegen`
// after changing src/opas.graphql or schema.graphql; packages/server/test/opas.test.ts fails when
// the committed output is stale.
const config: CodegenConfig = {
  schema: "../../../schema.graphql",
  documents: ["src/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        persistedDocuments: { hashAlgorithm: "sha256" },
        fragmentMasking: false,
        gqlTagName: "graphql",
      },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        // Plain strings in the browser (no graphql-js AST): the page posts the text or the hash.
        documentMode: "string",
        scalars: { DateTimeISO: "string", LocalDate: "string" },
        emitLegacyCommonJSImports: false,
      },
    },
  },
};

export default config;
