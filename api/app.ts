// The Hono app: typed routes (zod contracts in api/routes), one error shape (problem+json), and the
// OpenAPI document generated from the contracts.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Db } from "../src/store/db.js";
import { problem } from "./lib/problem.js";
import { registerHealth } from "./routes/health.js";

export interface AppEnv {
  Variables: { db: Db };
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
  registerHealth(app);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Cybercrime legislation harmonization analyzer",
      version: "0.1.0",
      description: "Gap reports and cross-country alignment of national cybercrime laws against the ITU taxonomy.",
    },
  });
  app.notFound((c) => problem(c, 404, "Not found", `no route for ${c.req.method} ${c.req.path}`));
  app.onError((err, c) => {
    console.error(err);
    return problem(c, 500, "Internal error", "the server failed to answer this request");
  });
  return app;
}
