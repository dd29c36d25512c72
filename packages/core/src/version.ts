import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The core's package version; region plug-ins declare the range they were written against. */
export const CORE_VERSION: string = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8")).version;
