"use strict";
const { Client } = require("pg");

/** Runs `work` with a client connected to `url`, and closes the client however `work` ends. */
async function withClient(url, work) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

module.exports = { withClient };
