// Answers of read routes cached until the store changes. Reports are pure functions of the
// database, so a body computed once serves every identical request; SQLite's data_version tells,
// for the price of one pragma, whether another connection (an ingest) has committed since.
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app.js";

const MAX_ENTRIES = 2000;

interface Entry {
  status: number;
  body: ArrayBuffer;
  headers: [string, string][];
}

export function readCache(): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  let version: unknown = null;
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    const current = c.var.db.$client.pragma("data_version", { simple: true });
    if (current !== version) {
      entries.clear();
      version = current;
    }
    const key = `${c.req.url}\n${c.req.header("accept") ?? ""}`;
    const hit = entries.get(key);
    if (hit) {
      c.res = new Response(hit.body, { status: hit.status, headers: hit.headers });
      return;
    }
    await next();
    if (c.res.status !== 200) return;
    const body = await c.res.clone().arrayBuffer();
    if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    entries.set(key, { status: c.res.status, body, headers: [...c.res.headers] });
  };
}
