// The YAML front matter of a corpus file: parsed, validated field by field, and every error tied to
// the line of the field that is wrong.
import { isMap, LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { InputError } from "../errors.js";
import { lookupJurisdiction } from "../jurisdictions.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((d) => !Number.isNaN(Date.parse(d)), "not a real date");

const STATUS_WORDS = ["in force", "partly suspended", "bill", "replaced", "repealed", "draft"] as const;

export const instrumentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a slug of lower-case letters, digits and hyphens"),
  jurisdiction: z.string().transform((code, ctx) => {
    const found = lookupJurisdiction(code);
    if (!found) {
      ctx.addIssue({
        code: "custom",
        message: `unknown jurisdiction code "${code}": use ISO 3166-1 alpha-2 (e.g. KE) or an organisation code (COE, UN, AU, EU, …)`,
      });
      return z.NEVER;
    }
    return found.code;
  }),
  title: z.string().min(1),
  short_title: z.string().min(1),
  kind: z.enum(["statute", "treaty", "protocol", "bill", "code excerpt"]),
  as_at: isoDate,
  status: z
    .string()
    .refine(
      (s) => STATUS_WORDS.some((w) => s.toLowerCase().startsWith(w)),
      `must begin with one of: ${STATUS_WORDS.join(", ")}`,
    ),
  source_url: z.url(),
  source_note: z.string().min(1),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a BCP 47 language tag such as en"),
  citation_prefix: z.string().optional(),
  suspended: z
    .array(
      z.object({
        provision: z.string().min(1),
        scope: z.enum(["whole", "part"]),
        by: z.string().min(1),
        note: z.string().optional(),
      }),
    )
    .default([]),
});

export type InstrumentMeta = z.infer<typeof instrumentMetaSchema>;

/**
 * Parses and validates front matter. `firstLine` is the file line of the YAML's first line, so that
 * errors point into the file, not into the YAML block.
 */
export function parseFrontMatter(yamlText: string, file: string | undefined, firstLine: number): InstrumentMeta {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number) => firstLine + lineCounter.linePos(offset).line - 1;
  const [yamlError] = doc.errors;
  if (yamlError) {
    throw new InputError(`front matter is not valid YAML: ${yamlError.message.split("\n")[0]}`, {
      file,
      line: lineAt(yamlError.pos[0]),
    });
  }
  if (!isMap(doc.contents)) {
    throw new InputError("front matter must be a YAML mapping of fields", { file, line: firstLine });
  }
  let fields: unknown;
  try {
    fields = doc.toJS({ maxAliasCount: 50 });
  } catch (e) {
    // yaml refuses documents whose aliases expand without bound (a "billion laughs" attack).
    throw new InputError(`front matter cannot be read: ${(e as Error).message}`, { file, line: firstLine });
  }
  const result = instrumentMetaSchema.safeParse(fields);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join(".");
  const node = doc.getIn(issue.path, true) as { range?: [number, number] } | undefined;
  const missing = node === undefined && issue.path.length > 0 && !doc.hasIn(issue.path);
  throw new InputError(missing ? "required field is missing" : issue.message, {
    file,
    line: node?.range ? lineAt(node.range[0]) : firstLine,
    field,
  });
}

/** The `title` of front matter that is not a corpus file's (a draft's), if it has a plain one. */
export function draftTitleOf(yamlText: string): string | null {
  const doc = parseDocument(yamlText);
  // `get` reads the one field without expanding aliases elsewhere in the document.
  const title = isMap(doc.contents) ? doc.get("title") : null;
  return typeof title === "string" && title.trim() ? title.trim() : null;
}
