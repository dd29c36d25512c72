export { run, printedSchema, describeError } from "./cli";
export * from "./region-scaffold";
export { tokenCommand } from "./token";
