export { USAGE, run, printedSchema } from "./cli";
export * from "./region-scaffold";
export { tokenCommand } from "./token";
