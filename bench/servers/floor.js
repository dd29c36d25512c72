"use strict";
// The floor: each question answered by one hand-written SQL statement through `pg`, over plain HTTP.
const { createServer } = require("node:http");
const { Pool } = require("pg");
const { floor } = require("../queries");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

const server = createServer((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    const statement = floor[req.url.slice(1)];
    if (!statement) { res.writeHead(404).end(); return; }
    try {
      const params = chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : [];
      const { rows } = await pool.query(statement.sql, params);
      res.writeHead(200, { "content-type": "application/json", "x-sql-statements": "1" });
      res.end(`{"data":${rows[0]?.j ?? "null"}}`);
    } catch (e) {
      res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(e.message) }] }));
    }
  });
});

server.listen(Number(process.env.PORT), "127.0.0.1", () => process.send?.({ ready: true, url: `http://127.0.0.1:${process.env.PORT}` }));
process.on("SIGTERM", async () => { server.close(); await pool.end(); process.exit(0); });
