export * from "./database-admin";
export * from "./test-environment";
export * from "./graphql-ws-client";
export * from "./authorisation";
export * from "./smtp-server";
export * from "./mail-folder";
export * from "./plugin-migration";
