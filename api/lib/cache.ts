// Answers of read routes cached until the store changes, with their ETags. Reports are pure
// functions of the database, so a body computed once serves every identical request; SQLite's
// data_version tells, for the price of one pragma, whether another connection (an ingest) has
// committed since. The ETag is computed once per body, and If-None-Match answers 304.
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app.js";

const MAX_ENTRIES = 2000;

interface Entry {
  body: ArrayBuffer;
  etag: string;
  headers: [string, string][];
}

export function cachedReads(): MiddlewareHandler<AppEnv> {
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
    let entry = entries.get(key);
    if (!entry) {
      await next();
      if (c.res.status !== 200) return;
      const body = await c.res.arrayBuffer();
      const etag = `"${createHash("sha1").update(new Uint8Array(body)).digest("hex")}"`;
      // The matrix answers CSV or JSON by Accept, and the cache keys on it: a shared cache must too.
      entry = { body, etag, headers: [...c.res.headers, ["etag", etag], ["vary", "accept"]] };
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, entry);
    }
    // Weak comparison (RFC 9110 §13.1.2): a proxy may have marked the tag weak ("W/…"); "*" matches any.
    const asked = c.req.header("if-none-match")?.split(/\s*,\s*/).map((t) => t.replace(/^W\//, ""));
    const match = asked?.includes(entry.etag) || asked?.includes("*");
    c.res = match ? new Response(null, { status: 304, headers: { etag: entry.etag, vary: "accept" } }) : new Response(entry.body, { status: 200, headers: entry.headers });
  };
}
