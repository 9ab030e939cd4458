// Read routes: taxonomy, jurisdictions, gap report, matrix, comparison. Contracts first, handlers
// thin: each calls one src/analyze function and parses the answer against its schema.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { compare, gapReport, matrix, matrixCsv } from "../../src/analyze/gaps.js";
import { listJurisdictions } from "../../src/analyze/provisions.js";
import { taxonomyForDisplay } from "../../src/taxonomy/taxonomy.js";
import type { AppEnv } from "../app.js";
import { problemResponses } from "../lib/problem.js";
import { codeParam, ComparisonSchema, GapReportSchema, JurisdictionsSchema, MatrixSchema, ProfileParam, TaxonomySchema } from "../schemas.js";

const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { "application/json": { schema } } });
const Page = z.coerce.number().int().min(1).max(10_000).default(1);
const PerPage = z.coerce.number().int().min(1).max(100).default(50);

export const taxonomyRoute = createRoute({
  method: "get",
  path: "/v1/taxonomy",
  tags: ["reference"],
  summary: "Categories, groups and the crosswalk, each number with its confidence (verified only when seen in a source)",
  responses: { 200: json(TaxonomySchema, "The taxonomy"), ...problemResponses },
});

export const jurisdictionsRoute = createRoute({
  method: "get",
  path: "/v1/jurisdictions",
  tags: ["reference"],
  summary: "Jurisdictions with their instruments (title, as-at date, status, source, suspended provisions)",
  request: { query: z.object({ page: Page, per_page: PerPage }) },
  responses: { 200: json(JurisdictionsSchema, "One page of jurisdictions"), ...problemResponses },
});

export const gapsRoute = createRoute({
  method: "get",
  path: "/v1/jurisdictions/{code}/gaps",
  tags: ["reports"],
  summary: "Gap report: each category of the profile covered, partial or missing, with the provisions and evidence",
  request: { params: z.object({ code: codeParam("code", "path") }), query: z.object({ profile: ProfileParam }) },
  responses: { 200: json(GapReportSchema, "The gap report"), ...problemResponses },
});

export const matrixRoute = createRoute({
  method: "get",
  path: "/v1/matrix",
  tags: ["reports"],
  summary: "Jurisdictions × categories with the coverage status in each cell (JSON, or CSV with Accept: text/csv or ?format=csv)",
  request: {
    query: z.object({
      profile: ProfileParam,
      group: z.string().regex(/^[a-z]+$/).optional().openapi({ description: "taxonomy group, e.g. cia, proc, coop" }),
      format: z.enum(["json", "csv"]).optional(),
    }),
  },
  responses: {
    200: {
      description: "The matrix",
      content: { "application/json": { schema: MatrixSchema }, "text/csv": { schema: z.string() } },
    },
    ...problemResponses,
  },
});

export const compareRoute = createRoute({
  method: "get",
  path: "/v1/compare",
  tags: ["reports"],
  summary: "Two jurisdictions side by side: per category both / only A / only B / neither, Jaccard alignment, element differences",
  request: { query: z.object({ a: codeParam("a", "query"), b: codeParam("b", "query"), profile: ProfileParam }) },
  responses: { 200: json(ComparisonSchema, "The comparison"), ...problemResponses },
});

export function registerReports(app: OpenAPIHono<AppEnv>): void {
  app.openapi(taxonomyRoute, (c) => c.json(TaxonomySchema.parse(taxonomyForDisplay()), 200));
  app.openapi(jurisdictionsRoute, (c) => {
    const { page, per_page } = c.req.valid("query");
    const all = listJurisdictions(c.var.db);
    const items = all.slice((page - 1) * per_page, page * per_page);
    return c.json(JurisdictionsSchema.parse({ items, total: all.length, page, perPage: per_page }), 200);
  });
  app.openapi(gapsRoute, (c) => {
    const { code } = c.req.valid("param");
    return c.json(GapReportSchema.parse(gapReport(c.var.db, code, c.req.valid("query").profile)), 200);
  });
  app.openapi(matrixRoute, (c) => {
    const { profile, group, format } = c.req.valid("query");
    const result = MatrixSchema.parse(matrix(c.var.db, profile, group));
    if (format === "csv" || (!format && c.req.header("accept")?.includes("text/csv"))) {
      return c.body(matrixCsv(result), 200, { "content-type": "text/csv; charset=utf-8" });
    }
    return c.json(result, 200);
  });
  app.openapi(compareRoute, (c) => {
    const { a, b, profile } = c.req.valid("query");
    return c.json(ComparisonSchema.parse(compare(c.var.db, a, b, profile)), 200);
  });
}
