// Serves the API over the database: `$HOST:$PORT` (default 127.0.0.1:3000), `$DATABASE_PATH`
// (default ./data/laws.db) or `--db <file>`. A mistake in these (a port in use or not a number, a
// database that does not exist) ends the process with one line naming it, not a stack trace.
import { serve } from "@hono/node-server";
import { parseArgs } from "node:util";
import { defaultDatabasePath, describeUserError, openDatabase } from "../src/store/db.js";
import { createApp } from "./app.js";

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

let values: { db?: string; host?: string; port?: string };
try {
  ({ values } = parseArgs({ options: { db: { type: "string" }, host: { type: "string" }, port: { type: "string" } } }));
} catch (e) {
  fail(`${(e as Error).message} (options: --db <file>, --host <name>, --port <number>)`);
}
const dbPath = values.db ?? defaultDatabasePath();
const hostname = values.host ?? process.env.HOST ?? "127.0.0.1";
const portText = values.port ?? process.env.PORT ?? "3000";
const port = Number(portText);
if (!/^\d+$/.test(portText) || port > 65535) fail(`port "${portText}" (--port or PORT): expected a number from 0 to 65535`);
let db: ReturnType<typeof openDatabase>;
try {
  db = openDatabase(dbPath, { mustExist: true });
} catch (e) {
  const problem = describeUserError(e, dbPath);
  if (problem === null) throw e;
  fail(problem);
}
const server = serve({ fetch: createApp(db).fetch, hostname, port }, (info) => {
  console.log(`serving ${dbPath} on http://${info.address}:${info.port}`);
});
server.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EADDRINUSE") fail(`${hostname}:${port} is in use (EADDRINUSE): choose another with --port or PORT`);
  if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") fail(`cannot listen on ${hostname} (${e.code}): check --host or HOST`);
  throw e;
});
// Keep idle connections open longer than clients do (undici: 4 s), so a client never sends on a
// socket the server is closing at that moment.
(server as import("node:http").Server).keepAliveTimeout = 65_000;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => (db.$client.close(), process.exit(0))));
}
