import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for this app's own operations, from the server's schema file (offline: no introspection),
// and the trusted-documents manifest the server's TRUSTED_DOCUMENTS mode loads.
const config: CodegenConfig = {
  schema: "../../schema.graphql",
  documents: ["src/**/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        // sha256 of each document: the key the server's manifest and `documentId` use.
        persistedDocuments: { hashAlgorithm: "sha256" },
        fragmentMasking: false,
      },
      config: { enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
