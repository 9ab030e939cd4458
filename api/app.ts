// The Hono app: typed routes (zod contracts in api/routes), one error shape (problem+json), the
// OpenAPI document generated from the contracts, and the reference page at /docs.
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { InputError } from "../src/errors.js";
import type { Db } from "../src/store/db.js";
import { cachedReads } from "./lib/cache.js";
import { registerDocs } from "./lib/docs.js";
import { problem } from "./lib/problem.js";
import { MAX_DRAFT_BYTES, registerAnalyze } from "./routes/analyze.js";
import { registerHealth } from "./routes/health.js";
import { errorPage, registerPages } from "./routes/pages.js";
import { registerProvisions } from "./routes/provisions.js";
import { registerReports } from "./routes/reports.js";

export interface AppEnv {
  Variables: { db: Db };
}

const STATUS: Record<InputError["kind"], ContentfulStatusCode> = { not_found: 404, too_large: 413, invalid: 400 };
const TITLE: Record<InputError["kind"], string> = {
  not_found: "Not found",
  too_large: "Payload too large",
  invalid: "Invalid parameter",
};

/**
 * A path the app serves, asked with a method it does not serve, is 405 with an Allow header
 * (RFC 9110 §15.5.6), not 404: the client learns the resource exists and how to ask for it.
 * HEAD is answered by every GET route; OPTIONS is left to CORS.
 */
function answerOtherMethods(app: OpenAPIHono<AppEnv>) {
  const served = new Map<string, Set<string>>();
  for (const { method, path } of app.routes) {
    if (method !== "ALL") served.set(path, (served.get(path) ?? new Set()).add(method));
  }
  for (const [path, methods] of served) {
    const allow = [...methods, ...(methods.has("GET") ? ["HEAD"] : [])].join(", ");
    const others = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => !methods.has(m));
    app.on(others, path, (c) => {
      c.header("Allow", allow);
      return problem(c, 405, "Method not allowed", `${c.req.method} ${c.req.path}: this path answers ${allow}`);
    });
  }
}

export function createApp(db: Db): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issue = result.error.issues[0];
      const parameter = issue?.path.join(".") || undefined;
      return problem(c, 400, "Invalid parameter", `${parameter ?? "request"}: ${issue?.message ?? "invalid"}`, parameter);
    },
  });
  app.use(async (c, next) => {
    c.set("db", db);
    await next();
  });
  // Read routes may be called from any origin and revalidated with If-None-Match; writes may not.
  // The cache comes first: a cached answer keeps the CORS headers it was first sent with, and a hit
  // sets the response once instead of copying a CORS middleware's headers onto it (a copy that
  // sends the body through a web stream).
  const readCors = cors({ origin: "*", allowMethods: ["GET", "HEAD"] });
  app.use("/v1/*", cachedReads());
  app.use("/v1/*", async (c, next) => (c.req.path === "/v1/analyze" ? next() : readCors(c, next)));
  app.use(
    "/v1/analyze",
    bodyLimit({
      maxSize: MAX_DRAFT_BYTES,
      onError: (c) => problem(c, 413, "Payload too large", `the body is over the limit of ${MAX_DRAFT_BYTES / 1048576} MB`, "body"),
    }),
  );
  registerHealth(app);
  registerReports(app);
  registerProvisions(app);
  registerAnalyze(app);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Cybercrime legislation harmonization analyzer",
      version: "0.1.0",
      description:
        "Gap reports and cross-country alignment of national cybercrime laws against the ITU Understanding Cybercrime taxonomy, with crosswalks to the Budapest Convention and the 2024 UN Convention. Errors are application/problem+json (RFC 9457).",
    },
  });
  registerDocs(app);
  registerPages(app);
  answerOtherMethods(app);
  app.notFound((c) => problem(c, 404, "Not found", `no route for ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => {
    if (err instanceof InputError) {
      // Pages answer readers with a page; API routes with problem+json.
      if (!c.req.path.startsWith("/v1/")) return errorPage(c, err);
      return problem(c, STATUS[err.kind], TITLE[err.kind], err.message, err.where.field);
    }
    // e.g. the 415 the OpenAPI layer raises for a content type the route does not accept
    if (err instanceof HTTPException && err.status < 500) {
      const parameter = err.status === 415 ? "content-type" : err.status === 400 && c.req.method === "POST" ? "body" : undefined;
      return problem(c, err.status, err.message || "Bad request", `${c.req.method} ${c.req.path}: ${err.message}`, parameter);
    }
    console.error(err);
    return problem(c, 500, "Internal error", "the server failed to answer this request");
  });
  return app;
}
