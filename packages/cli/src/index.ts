export { run, printedSchema, describeError, USAGE } from "./cli";
export * from "./region-scaffold";
export { tokenCommand } from "./token";
