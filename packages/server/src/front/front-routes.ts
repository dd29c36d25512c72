import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { knownMilestoneKinds, vocabularyEntries } from "@yhdyspinta/core/internal";
import { Router, type Request, type Response } from "express";
import { pagePolicy } from "../security/security-headers";
import { EXAMPLE_OPERATIONS } from "./example-operations";
import { opasHtml, opasScripts } from "./opas-page";

/** Browser files of this package (public/ sits beside src/ and dist/, so the path holds in both). */
const PUBLIC_DIR = join(__dirname, "..", "..", "public");

/** Explorer assets come from npm packages (machines may have no internet: no CDN). */
const EXPLORER_ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
};

/** The packages' "exports" hide these files from require.resolve; their package.json is exported. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

const PUBLIC_FILES: Record<string, string> = {
  "graphql-client.js": "text/javascript",
  "progress.js": "text/javascript",
  "progress.css": "text/css",
  "opas.css": "text/css",
};

/** Read once per process: the files do not change while it runs. */
const fileCache = new Map<string, Buffer>();
function cachedFile(path: string): Buffer {
  let content = fileCache.get(path);
  if (!content) {
    content = readFileSync(path);
    fileCache.set(path, content);
  }
  return content;
}

/** JSON that is safe inside a <script> element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Shown instead of GraphiQL's red "Error fetching schema" when introspection is off (production). */
export const NO_SCHEMA_NOTE = "Schema documentation is off in production (introspection is disabled). Operations still run.";

export function explorerHtml(graphqlPath: string, production = false): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yhdyspinta GraphQL explorer</title>
<link rel="stylesheet" href="/explorer/assets/graphiql.css">
<style>html, body, #explorer { height: 100%; margin: 0; }</style>${production ? `
<style>
/* No introspection in production: the docs pane shows a plain note where GraphiQL puts its red error box. */
.graphiql-doc-explorer-error { font-size: 0; color: inherit; background: none; border: none; padding: 0; }
.graphiql-doc-explorer-error::after { content: ${JSON.stringify(NO_SCHEMA_NOTE)}; font-size: 1rem; }
</style>` : ""}
</head>
<body>
<div id="explorer">Loading the explorer…</div>
<script src="/explorer/assets/react.js"></script>
<script src="/explorer/assets/react-dom.js"></script>
<script src="/explorer/assets/graphiql.js"></script>
<script src="/assets/graphql-client.js"></script>
<script>
(function () {
  var config = ${inlineJson({ graphqlPath, examples: EXAMPLE_OPERATIONS, noSchemaNote: production ? NO_SCHEMA_NOTE : null })};
  var gql = window.YhdyspintaGraphQL;
  var ws = null;
  // Subscriptions go over graphql-ws; everything else is a POST.
  function fetcher(params, opts) {
    var isSubscription = /^\\s*subscription\\b/m.test(String(params.query).replace(/#[^\\n]*/g, ""));
    if (!isSubscription) return gql.graphqlFetch(config.graphqlPath, params.query, params.variables, params.operationName, opts && opts.headers);
    ws = ws || gql.createWsClient(gql.wsUrlFor(config.graphqlPath));
    return {
      subscribe: function (observer) {
        var stop = ws.subscribe(function () { return params; }, {
          next: function (v) { observer.next(v); },
          error: function (e) { observer.error(e); },
          complete: function () { observer.complete(); },
        });
        return { unsubscribe: stop };
      },
    };
  }
  var tabs = config.examples.map(function (e) {
    return { query: e.query, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined, headers: e.headers ? JSON.stringify(e.headers, null, 2) : undefined };
  });
  var root = ReactDOM.createRoot(document.getElementById("explorer"));
  var props = {
    fetcher: fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  };
  if (!config.noSchemaNote) return root.render(React.createElement(GraphiQL, props));
  // Production: no introspection request (it would fail), and a plain note where the error would be.
  props.schema = null;
  root.render(React.createElement(GraphiQL, props,
    React.createElement(GraphiQL.Footer, null,
      React.createElement("p", { className: "yh-no-schema", style: { margin: "0.5em 1em" } }, config.noSchemaNote))));
})();
</script>
</body>
</html>
`;
}

/** Every milestone kind's fi/sv/en labels (plug-in kinds without labels show their code). */
function milestoneKindLabels(): Record<string, { fi: string; sv: string; en: string }> {
  return Object.fromEntries(vocabularyEntries("milestoneKinds").map((e) => [e.code, { fi: e.labels.fi, sv: e.labels.sv || e.labels.fi, en: e.labels.en || e.labels.fi }]));
}

export function progressHtml(graphqlPath: string): string {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Yhdyspinta – uudistuksen eteneminen</title>
<link rel="stylesheet" href="/progress/progress.css">
</head>
<body>
<header>
  <h1 data-i18n="title"></h1>
  <p class="lead" data-i18n="lead"></p>
  <nav class="languages" aria-label="Language">
    <button type="button" data-lang="fi">suomi</button>
    <button type="button" data-lang="sv">svenska</button>
    <button type="button" data-lang="en">English</button>
  </nav>
</header>
<main>
  <form id="filters">
    <label><span data-i18n="region"></span>
      <select id="region" name="region"></select>
    </label>
    <fieldset id="kinds"><legend data-i18n="kinds"></legend></fieldset>
    <label class="inline"><input type="checkbox" id="includeNational" checked> <span data-i18n="includeNational"></span></label>
  </form>
  <p id="feeds"><span data-i18n="follow"></span> <a id="feed-atom" data-i18n="atom"></a> · <a id="feed-ics" data-i18n="calendar"></a></p>
  <form id="subscribe">
    <label><span data-i18n="email"></span> <input type="email" id="subscribe-email" required maxlength="254" autocomplete="email"></label>
    <label><span data-i18n="frequency"></span> <select id="subscribe-frequency">
      <option value="IMMEDIATE" data-i18n="IMMEDIATE"></option><option value="DAILY" data-i18n="DAILY"></option><option value="WEEKLY" data-i18n="WEEKLY"></option>
    </select></label>
    <button type="submit" data-i18n="subscribe"></button>
    <span id="subscribe-result" role="status"></span>
  </form>
  <p id="status" role="status" data-state="connecting"></p>
  <section aria-labelledby="events-heading">
    <h2 id="events-heading" data-i18n="events"></h2>
    <p id="events-empty" data-i18n="noEvents"></p>
    <ol id="events" class="events"></ol>
  </section>
  <section aria-labelledby="timeline-heading">
    <h2 id="timeline-heading" data-i18n="timeline"></h2>
    <p id="timeline-empty" data-i18n="noMilestones" hidden></p>
    <ol id="timeline" class="timeline"></ol>
  </section>
</main>
<script>window.YHDYSPINTA = ${inlineJson({ graphqlPath, milestoneKinds: knownMilestoneKinds(), milestoneKindLabels: milestoneKindLabels() })};</script>
<script src="/assets/graphql-client.js"></script>
<script src="/progress/progress.js"></script>
</body>
</html>
`;
}

/**
 * The app computes no ETags (GraphQL answers are POSTs); these fixed bodies carry one computed once,
 * so "no-cache" revalidation still ends in 304 Not Modified.
 */
const etags = new Map<string | Buffer, string>();
function sendFixed(res: Response, type: string, cacheControl: string, body: string | Buffer): void {
  let etag = etags.get(body);
  if (!etag) {
    etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
    etags.set(body, etag);
  }
  res.type(type).setHeader("cache-control", cacheControl).setHeader("etag", etag).send(body);
}

/** A page with its Content-Security-Policy (computed once per page, see pagePolicy). */
interface Page {
  html: string;
  policy: string;
}

function page(html: string): Page {
  return { html, policy: pagePolicy(html) };
}

function sendHtml(res: Response, { html, policy }: Page): void {
  res.setHeader("content-security-policy", policy);
  sendFixed(res, "html", "no-cache", html);
}

/** A browser opening the GraphQL URL gets the explorer; API clients get GraphQL. */
export function wantsExplorer(req: Request): boolean {
  if (req.method !== "GET" || req.query.query !== undefined) return false;
  const accept = req.headers.accept ?? "";
  return accept.includes("text/html");
}

export function frontRouter(graphqlPath: string, production = false, trustedDocuments = false): Router {
  const router = Router();
  const explorer = page(explorerHtml(graphqlPath, production));
  const progress = page(progressHtml(graphqlPath));
  const opas = page(opasHtml(graphqlPath, trustedDocuments));
  const opasModules = opasScripts();
  router.get("/explorer", (_req, res) => sendHtml(res, explorer));
  router.get(graphqlPath, (req, res, next) => (wantsExplorer(req) ? sendHtml(res, explorer) : next()));
  router.get("/progress", (_req, res) => sendHtml(res, progress));
  // One page for the search and every detail view: the script reads the URL.
  router.get(["/opas", "/opas/activity/:id"], (_req, res) => sendHtml(res, opas));
  router.get("/opas/assets/*path", (req, res, next) => {
    const file = opasModules.get((req.params as { path: string[] }).path.join("/"));
    if (!file) return next();
    sendFixed(res, "text/javascript", "no-cache", cachedFile(file));
  });
  router.get("/explorer/assets/:file", (req, res, next) => {
    const asset = EXPLORER_ASSETS[req.params.file];
    if (!asset) return next();
    sendFixed(res, asset.type, "public, max-age=3600", cachedFile(packageFile(asset.pkg, asset.file)));
  });
  const servePublic = (req: Request, res: Response, next: () => void) => {
    const type = PUBLIC_FILES[req.params.file as string];
    if (!type) return next();
    sendFixed(res, type, "no-cache", cachedFile(join(PUBLIC_DIR, req.params.file as string)));
  };
  router.get("/assets/:file", servePublic);
  router.get("/progress/:file", servePublic);
  router.get("/opas/:file", servePublic);
  return router;
}
