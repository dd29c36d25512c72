import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";

/**
 * Headers on every response of the public port. API answers are JSON and never a page, so their
 * policy allows nothing; the HTML pages get their own policy (pagePolicy) instead of this one.
 */
const EVERY_RESPONSE: readonly (readonly [string, string])[] = [
  ["x-content-type-options", "nosniff"],
  ["x-frame-options", "DENY"],
  ["referrer-policy", "no-referrer"],
  ["content-security-policy", "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"],
];

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of EVERY_RESPONSE) res.setHeader(name, value);
}

const hash = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * Content-Security-Policy of one of our HTML pages: scripts, styles, fonts and images from this
 * origin only, the page's own inline <script> and <style> elements allowed by their hashes (no
 * 'unsafe-inline' scripts, no eval), requests (fetch and graphql-ws) to this origin only, and no
 * framing. GraphiQL 3 needs nothing more: it sets styles through the DOM (not blocked), and runs
 * no eval (explorer.browser.test.ts fails on any violation).
 */
export function pagePolicy(html: string): string {
  const scripts = [...html.matchAll(/<script>([^<]*(?:<(?!\/script>)[^<]*)*)<\/script>/g)].map((m) => hash(m[1]!));
  const styles = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => hash(m[1]!));
  return [
    "default-src 'none'",
    `script-src 'self' ${scripts.join(" ")}`.trim(),
    `style-src 'self' ${styles.join(" ")}`.trim(),
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
