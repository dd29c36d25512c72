import type * as Jose from "jose" with { "resolution-mode": "import" };

// jose 6 is published as ES modules only. Node >= 20.19 loads ES modules through require(),
// which keeps this package CommonJS (jest maps jose through ts-jest, see jest.config.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const jose: typeof Jose = require("jose");
export type { Jose };
