// Child process of bench/subscriptions.js: one server instance, so its memory is measured apart from the clients.
const { loadAuthConfig, startPlatform } = require("../packages/server/dist");

(async () => {
  const platform = await startPlatform({
    port: 0, host: "127.0.0.1", databaseUrl: process.env.BENCH_DATABASE_URL, embeddedDataDir: "", embeddedPort: 0,
    seed: "none", production: true, regions: [], poolSize: 5,
    auth: loadAuthConfig({ JWT_SECRET: process.env.BENCH_JWT_SECRET }, true),
  });
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
