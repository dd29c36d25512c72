#!/usr/bin/env node
// The installed `yhdyspinta` command. A committed file rather than dist/main.js: npm links (and makes
// executable) a package's bins at install time, before `tsc -b` has built dist/.
"use strict";
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const main = join(__dirname, "..", "dist", "main.js");
if (!existsSync(main)) {
  console.error("yhdyspinta: not built yet; run `npm run build` in the repository first (npm start and npm test build too)");
  process.exit(1);
}
require(main);
