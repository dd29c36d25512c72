import type { Config } from "jest";

// Tests import workspace packages from source, so `npm test` needs no build step before jest
// (the test script still runs `tsc -b` first to type-check everything).
const config: Config = {
  testEnvironment: "node",
  roots: ["<rootDir>/packages", "<rootDir>/regions"],
  testMatch: ["**/?(*.)test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  moduleNameMapper: {
    "^@yhdyspinta/core/internal$": "<rootDir>/packages/core/src/internal.ts",
    "^@yhdyspinta/(core|server|testing|cli)$": "<rootDir>/packages/$1/src/index.ts",
    "^@yhdyspinta/region-([a-z0-9-]+)$": "<rootDir>/regions/$1/src/index.ts",
  },
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.base.json" }],
    // jose 6 and feed 6 ship ES modules only; Node >= 20.19 require()s them natively, jest's CommonJS runtime does not.
    "/node_modules/(jose|feed)/.+\\.js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", target: "ES2022", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(jose|feed)/)"],
  globalSetup: "<rootDir>/packages/testing/src/global-setup.ts",
  globalTeardown: "<rootDir>/packages/testing/src/global-teardown.ts",
  testTimeout: 60_000,
  maxWorkers: 2,
};

export default config;
