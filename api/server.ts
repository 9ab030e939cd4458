// Serves the API over the database: `$HOST:$PORT` (default 127.0.0.1:3000), `$DATABASE_PATH`
// (default ./data/laws.db) or `--db <file>`.
import { serve } from "@hono/node-server";
import { parseArgs } from "node:util";
import { defaultDatabasePath, openDatabase } from "../src/store/db.js";
import { createApp } from "./app.js";

const { values } = parseArgs({
  options: { db: { type: "string" }, host: { type: "string" }, port: { type: "string" } },
});
const dbPath = values.db ?? defaultDatabasePath();
const hostname = values.host ?? process.env.HOST ?? "127.0.0.1";
const port = Number(values.port ?? process.env.PORT ?? 3000);
const db = openDatabase(dbPath);
const server = serve({ fetch: createApp(db).fetch, hostname, port }, (info) => {
  console.log(`serving ${dbPath} on http://${info.address}:${info.port}`);
});
// Keep idle connections open longer than clients do (undici: 4 s), so a client never sends on a
// socket the server is closing at that moment.
(server as import("node:http").Server).keepAliveTimeout = 65_000;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => (db.$client.close(), process.exit(0))));
}
