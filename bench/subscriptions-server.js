// Child process of bench/subscriptions.js: one server instance, so its memory is measured apart from the clients.
const { loadConfig, startPlatform } = require("../packages/server/dist");

(async () => {
  // The server's own configuration loader, so the bench follows every setting `serve` has.
  const platform = await startPlatform(loadConfig({
    NODE_ENV: "production", PORT: "0", HOST: "127.0.0.1", METRICS_PORT: "0", DATABASE_URL: process.env.BENCH_DATABASE_URL,
    SEED: "none", REGIONS: "", DB_POOL_SIZE: "5", JWT_SECRET: process.env.BENCH_JWT_SECRET, NOTIFICATION_WORKER: "off",
    // Every bench subscriber connects from 127.0.0.1: one address, so the per-address limit is lifted.
    MAX_WS_CONNECTIONS_PER_ADDRESS: "20000",
  }));
  process.on("message", async (msg) => {
    if (msg.type === "memory") {
      global.gc?.();
      await new Promise((r) => setTimeout(r, 200));
      global.gc?.();
      process.send({ type: "memory", memory: process.memoryUsage(), subscribers: platform.milestoneEvents.subscriberCount });
    } else if (msg.type === "stop") {
      await platform.stop();
      process.send({ type: "stopped" });
      process.exit(0);
    }
  });
  process.send({ type: "ready", url: platform.url, wsUrl: platform.wsUrl });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
