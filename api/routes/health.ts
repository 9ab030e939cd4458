import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { storeCounts } from "../../src/store/queries.js";
import type { AppEnv } from "../app.js";

const HealthSchema = z
  .object({
    status: z.literal("ok"),
    counts: z.object({
      jurisdictions: z.number().int(),
      instruments: z.number().int(),
      versions: z.number().int(),
      provisions: z.number().int(),
    }),
  })
  .openapi("Health");

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  tags: ["meta"],
  summary: "Liveness and the size of the store",
  responses: { 200: { description: "The service is up", content: { "application/json": { schema: HealthSchema } } } },
});

export function registerHealth(app: OpenAPIHono<AppEnv>): void {
  app.openapi(healthRoute, (c) => c.json(HealthSchema.parse({ status: "ok", counts: storeCounts(c.var.db) }), 200));
}
