"use strict";
// PostGraphile v5 (amber preset, grafserv's Node adaptor) over the bench database, in its own process.
// PostGraphile 5 targets Node 22; on Node 20 the one missing built-in it uses is Promise.withResolvers.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve, reject;
    const promise = new this((res, rej) => { resolve = res; reject = rej; });
    return { promise, resolve, reject };
  };
}
const { createServer } = require("node:http");
const { postgraphile } = require("postgraphile");
const { PostGraphileAmberPreset } = require("postgraphile/presets/amber");
const { makePgService } = require("postgraphile/adaptors/pg");
const { grafserv } = require("postgraphile/grafserv/node");

async function main() {
  const port = Number(process.env.PORT);
  const preset = {
    extends: [PostGraphileAmberPreset],
    pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ["public", "bench"], poolConfig: { max: Number(process.env.DB_POOL_SIZE ?? 10) } })],
    grafserv: { port, graphiql: false, watch: false },
    grafast: { explain: false },
  };
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const server = createServer();
  serv.addTo(server);
  await pgl.getSchema();
  server.listen(port, "127.0.0.1", () => process.send?.({ ready: true, url: `http://127.0.0.1:${port}/graphql` }));
  process.on("SIGTERM", async () => { server.close(); await pgl.release(); process.exit(0); });
}

main().catch((e) => { console.error(e); process.exit(1); });
