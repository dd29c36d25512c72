export * from "./database-admin";
export * from "./test-environment";
