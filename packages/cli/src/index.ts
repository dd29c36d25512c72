export { run, printedSchema } from "./cli";
