// Provision routes: one provision, provisions worded alike elsewhere, and full-text search.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { provisionDetail, searchProvisions, similarProvisions } from "../../src/analyze/provisions.js";
import { CATEGORY_IDS } from "../../src/taxonomy/taxonomy.js";
import type { AppEnv } from "../app.js";
import { problemResponses } from "../lib/problem.js";
import { ProvisionSchema, SearchSchema, SimilarSchema } from "../schemas.js";

const ProvisionId = z
  .string()
  .min(3)
  .max(300)
  .openapi({ param: { name: "id", in: "path" }, example: "ke-cmca-2018@2025-11-04~sec_14" });

export const provisionRoute = createRoute({
  method: "get",
  path: "/v1/provisions/{id}",
  tags: ["provisions"],
  summary: "One provision: text, pinpoint citation, tags with evidence, legal elements, parent and children",
  request: { params: z.object({ id: ProvisionId }) },
  responses: { 200: { description: "The provision", content: { "application/json": { schema: ProvisionSchema } } }, ...problemResponses },
});

export const similarRoute = createRoute({
  method: "get",
  path: "/v1/provisions/{id}/similar",
  tags: ["provisions"],
  summary: "How other countries worded it: the most similar sections of other jurisdictions (TF-IDF cosine)",
  request: { params: z.object({ id: ProvisionId }), query: z.object({ limit: z.coerce.number().int().min(1).max(20).default(5) }) },
  responses: { 200: { description: "Similar provisions, best first", content: { "application/json": { schema: SimilarSchema } } }, ...problemResponses },
});

export const searchRoute = createRoute({
  method: "get",
  path: "/v1/search",
  tags: ["provisions"],
  summary: "Full-text search over provision text (stemmed; every word must occur), filtered by jurisdiction and category",
  request: {
    query: z.object({
      q: z.string().min(1).max(500),
      jurisdiction: z.string().regex(/^[A-Za-z]{2,7}$/).optional(),
      category: z
        .string()
        .refine((c) => CATEGORY_IDS.has(c), "unknown category id")
        .optional(),
      page: z.coerce.number().int().min(1).max(10_000).default(1),
      per_page: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: { 200: { description: "One page of hits", content: { "application/json": { schema: SearchSchema } } }, ...problemResponses },
});

export function registerProvisions(app: OpenAPIHono<AppEnv>): void {
  app.openapi(provisionRoute, (c) => c.json(ProvisionSchema.parse(provisionDetail(c.var.db, c.req.valid("param").id)), 200));
  app.openapi(similarRoute, (c) => {
    const { id } = c.req.valid("param");
    return c.json(SimilarSchema.parse({ provision: id, items: similarProvisions(c.var.db, id, c.req.valid("query").limit) }), 200);
  });
  app.openapi(searchRoute, (c) => {
    const { q, jurisdiction, category, page, per_page } = c.req.valid("query");
    return c.json(SearchSchema.parse(searchProvisions(c.var.db, { q, jurisdiction, category, page, perPage: per_page })), 200);
  });
}
