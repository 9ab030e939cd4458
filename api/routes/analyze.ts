// POST /v1/analyze: the draft check. Nothing is stored.
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { checkDraft } from "../../src/analyze/draft.js";
import { InputError } from "../../src/errors.js";
import { decodeLawText, decodeUtf8 } from "../../src/read.js";
import type { AppEnv } from "../app.js";
import { problemResponses } from "../lib/problem.js";
import { AnalysisSchema, ProfileParam } from "../schemas.js";

export const MAX_DRAFT_BYTES = 2 * 1024 * 1024;

export const analyzeRoute = createRoute({
  method: "post",
  path: "/v1/analyze",
  tags: ["drafts"],
  summary: "Check a draft: provisions, tags, coverage, and the gaps against a profile with wording from other jurisdictions",
  request: {
    query: z.object({ profile: ProfileParam }),
    body: {
      // Not "required" for the validator: a text/markdown body is read as text, only JSON is schema-checked.
      required: false,
      description: `the draft as text/markdown, or JSON { "markdown": "…" }; at most ${MAX_DRAFT_BYTES / 1048576} MB`,
      content: {
        "text/markdown": { schema: z.string() },
        "text/plain": { schema: z.string() },
        "application/json": { schema: z.object({ markdown: z.string().min(1) }) },
      },
    },
  },
  responses: { 200: { description: "The draft check", content: { "application/json": { schema: AnalysisSchema } } }, ...problemResponses },
});

const isJson = (contentType: string | undefined) => (contentType ?? "").startsWith("application/json");

export function registerAnalyze(app: OpenAPIHono<AppEnv>): void {
  // JSON parsing would turn bytes that are not UTF-8 into U+FFFD without a word; read them first
  // (Hono keeps the bytes, and the JSON validator then parses those).
  app.use(analyzeRoute.path, async (c, next) => {
    if (c.req.method === "POST" && isJson(c.req.header("content-type"))) {
      try {
        decodeUtf8(new Uint8Array(await c.req.arrayBuffer()), "request body");
      } catch (e) {
        if (e instanceof InputError) throw new InputError(e.message, { ...e.where, field: "body" });
        throw e;
      }
    }
    await next();
  });
  app.openapi(analyzeRoute, async (c) => {
    // The OpenAPI layer has already refused any other content type (415) and checked the JSON.
    const json = isJson(c.req.header("content-type"));
    try {
      const body = json ? c.req.valid("json") : decodeLawText(new Uint8Array(await c.req.arrayBuffer()), "request body");
      const text = typeof body === "string" ? body : body.markdown;
      return c.json(AnalysisSchema.parse(checkDraft(c.var.db, text, c.req.valid("query").profile)), 200);
    } catch (e) {
      // What is wrong with the draft itself (empty, not UTF-8, no sections) is wrong with the body.
      if (e instanceof InputError && !e.where.field) throw new InputError(e.message, { ...e.where, field: "body" }, e.kind);
      throw e;
    }
  });
}
