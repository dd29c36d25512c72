export * from "./config";
export * from "./context";
export * from "./database";
export * from "./embedded-database";
export * from "./http-server";
export * from "./platform";
export * from "./region-plugins";
