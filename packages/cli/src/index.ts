export { run, printedSchema } from "./cli";
export { USAGE } from "./cli";
export * from "./region-scaffold";
export { tokenCommand } from "./token";
