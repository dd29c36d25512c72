export * from "./database-admin";
export * from "./test-environment";
export * from "./authorisation";
