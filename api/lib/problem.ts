// RFC 9457 problem details: the one error shape of the API, and the shared map of error responses
// that every route contract spreads into its `responses`.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "about:blank" }),
    title: z.string().openapi({ example: "Invalid parameter" }),
    status: z.number().int().openapi({ example: 400 }),
    detail: z.string().openapi({ example: "query parameter `profile`: expected one of budapest, un2024, itu" }),
    parameter: z.string().optional().openapi({ description: "the offending parameter or field, where there is one" }),
  })
  .openapi("Problem");

export type Problem = z.infer<typeof ProblemSchema>;

const problemContent = { "application/problem+json": { schema: ProblemSchema } };

export const problemResponses = {
  400: { description: "A parameter or the body is invalid", content: problemContent },
  404: { description: "No such resource", content: problemContent },
  413: { description: "The request body is too large", content: problemContent },
  415: { description: "The request body is in an unsupported format", content: problemContent },
  500: { description: "Unexpected server error", content: problemContent },
} as const;

export function problem(c: Context, status: ContentfulStatusCode, title: string, detail: string, parameter?: string) {
  const body: Problem = { type: "about:blank", title, status, detail, ...(parameter ? { parameter } : {}) };
  return c.body(JSON.stringify(body), status, { "content-type": "application/problem+json" });
}
