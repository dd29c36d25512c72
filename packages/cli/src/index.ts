export { run, printedSchema } from "./cli";
export { tokenCommand } from "./token";
