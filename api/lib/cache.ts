// Answers of read routes cached until the store changes, with their ETags. Reports are pure
// functions of the database, so a body computed once serves every identical request; SQLite's
// data_version tells, for the price of one pragma, whether another connection (an ingest) has
// committed since. The ETag is computed once per body, and If-None-Match answers 304. A client
// that accepts gzip (browsers and most HTTP libraries do) gets the body compressed once, the first
// time one asks: a gap report's 94 KB of JSON travel as about a tenth of that.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Statement } from "better-sqlite3";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app.js";

const MAX_ENTRIES = 2000;

interface Representation {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  headers: [string, string][];
}

interface Entry extends Representation {
  gzip?: Representation;
}

/** What a 304 repeats of the answer it stands for (RFC 9110 §15.4.5), and CORS's permission to read it. */
const REVALIDATION_HEADERS = new Set(["etag", "vary", "access-control-allow-origin"]);

/** Smaller bodies are sent as they are: compressing them saves less than it costs. */
const MIN_GZIP_BYTES = 1024;

/** "gzip" among the accepted encodings, unless refused with q=0. */
const acceptsGzip = (header: string | undefined) => /\bgzip\b(?!\s*;\s*q=0(?:\.0{0,3})?\b)/i.test(header ?? "");

function gzipped(entry: Entry): Representation {
  // A representation of its own, so a tag of its own (RFC 9110 §8.8.3).
  const etag = `${entry.etag.slice(0, -1)}-gzip"`;
  const headers = entry.headers.filter(([name]) => name !== "content-length" && name !== "etag");
  return { body: new Uint8Array(gzipSync(entry.body)), etag, headers: [...headers, ["content-encoding", "gzip"], ["etag", etag]] };
}

export function cachedReads(): MiddlewareHandler<AppEnv> {
  const entries = new Map<string, Entry>();
  let version: unknown = null;
  // Prepared once: pragma() would prepare it on every request.
  let dataVersion: Statement | null = null;
  return async (c, next) => {
    if (c.req.method !== "GET") return next();
    dataVersion ??= c.var.db.$client.prepare("PRAGMA data_version").pluck();
    const current = dataVersion.get();
    if (current !== version) {
      entries.clear();
      version = current;
    }
    const key = `${c.req.url}\n${c.req.header("accept") ?? ""}`;
    let entry = entries.get(key);
    if (!entry) {
      await next();
      if (c.res.status !== 200) return;
      const body = new Uint8Array(await c.res.arrayBuffer());
      const etag = `"${createHash("sha1").update(body).digest("hex")}"`;
      // The matrix answers CSV or JSON by Accept, and the cache keys on it: a shared cache must
      // too, and on the encoding.
      entry = { body, etag, headers: [...c.res.headers, ["etag", etag], ["vary", "accept, accept-encoding"]] };
      if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      entries.set(key, entry);
    }
    const sent = acceptsGzip(c.req.header("accept-encoding")) && entry.body.byteLength >= MIN_GZIP_BYTES ? (entry.gzip ??= gzipped(entry)) : entry;
    // Weak comparison (RFC 9110 §13.1.2): a proxy may have marked the tag weak ("W/…"); "*" matches any.
    const asked = c.req.header("if-none-match")?.split(/\s*,\s*/).map((t) => t.replace(/^W\//, ""));
    const match = asked?.includes(sent.etag) || asked?.includes("*");
    c.res = match
      ? new Response(null, { status: 304, headers: sent.headers.filter(([name]) => REVALIDATION_HEADERS.has(name)) })
      : new Response(sent.body, { status: 200, headers: sent.headers });
  };
}
