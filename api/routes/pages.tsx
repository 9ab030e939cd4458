// The pages, mounted on the same app as the API. Handlers gather data with src/analyze functions
// and render api/pages; errors a reader can cause come back as a page that says what was wrong.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { checkDraft } from "../../src/analyze/draft.js";
import { compare, gapReport, gapReportCsv, gapReportMarkdown, matrix, profileOf } from "../../src/analyze/gaps.js";
import { examplesFor, listJurisdictions, provisionDetail, searchProvisions, similarProvisions } from "../../src/analyze/provisions.js";
import { PROFILES } from "../../src/analyze/profiles.js";
import { InputError } from "../../src/errors.js";
import { decodeLawText } from "../../src/read.js";
import type { AppEnv } from "../app.js";
import { MAX_DRAFT_BYTES } from "./analyze.js";
import { Layout } from "../pages/layout.js";
import { CheckPage, ComparePage, JurisdictionPage, OverviewPage, ProvisionPage, SearchPage } from "../pages/pages.js";

const profileParam = (c: Context) => profileOf(c.req.query("profile") || "budapest").id;

export function errorPage(c: Context, err: InputError) {
  const status = err.kind === "not_found" ? 404 : err.kind === "too_large" ? 413 : 400;
  return c.html(
    <Layout title="Not available">
      <h1>{status === 404 ? "Not found" : "Cannot show this"}</h1>
      <p>{err.message}</p>
      <p>
        <a href="/">Back to the overview</a>
      </p>
    </Layout>,
    status,
  );
}

/** The draft-check form again, with what was wrong above it, so the reader can mend and resend. */
function checkError(c: Context, asked: string, text: string, err: InputError) {
  const profile = Object.hasOwn(PROFILES, asked) ? asked : "budapest";
  return c.html(<CheckPage profile={profile} text={text} check={null} error={err.toString()} />, err.kind === "too_large" ? 413 : 400);
}

export function registerPages(app: OpenAPIHono<AppEnv>): void {
  app.get("/", (c) => c.html(<OverviewPage matrix={matrix(c.var.db, profileParam(c))} />));

  app.get("/jurisdictions/:code", (c) => {
    const code = c.req.param("code").toUpperCase();
    const report = gapReport(c.var.db, code, profileParam(c));
    const jurisdiction = listJurisdictions(c.var.db).find((j) => j.code === report.jurisdiction.code)!;
    const examples = new Map(report.categories.filter((x) => x.status !== "covered").map((x) => [x.category, examplesFor(c.var.db, x.category, { except: code })]));
    return c.html(<JurisdictionPage jurisdiction={jurisdiction} report={report} examples={examples} />);
  });

  app.get("/jurisdictions/:code/report.md", (c) => {
    const r = gapReport(c.var.db, c.req.param("code"), profileParam(c));
    return c.body(gapReportMarkdown(r), 200, {
      "content-type": "text/markdown; charset=utf-8",
      "content-disposition": `attachment; filename="gaps-${r.jurisdiction.code}-${r.profile.id}.md"`,
    });
  });

  app.get("/jurisdictions/:code/report.csv", (c) => {
    const r = gapReport(c.var.db, c.req.param("code"), profileParam(c));
    return c.body(gapReportCsv(r), 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="gaps-${r.jurisdiction.code}-${r.profile.id}.csv"`,
    });
  });

  app.get("/compare", (c) => {
    const jurisdictions = listJurisdictions(c.var.db).map(({ code, name }) => ({ code, name }));
    const a = (c.req.query("a") ?? "").toUpperCase();
    const b = (c.req.query("b") ?? "").toUpperCase();
    const profile = profileParam(c);
    const comparison = a && b ? compare(c.var.db, a, b, profile) : null;
    return c.html(<ComparePage jurisdictions={jurisdictions} a={a} b={b} profile={profile} comparison={comparison} />);
  });

  app.get("/provisions/:id", (c) => {
    const id = c.req.param("id");
    return c.html(<ProvisionPage provision={provisionDetail(c.var.db, id)} similar={similarProvisions(c.var.db, id, 5)} />);
  });

  app.get("/check", (c) => c.html(<CheckPage profile={profileParam(c)} text="" check={null} error={null} />));

  // The form carries the draft and two short fields: the draft's limit, with room for the form's own bytes.
  app.post(
    "/check",
    bodyLimit({
      maxSize: MAX_DRAFT_BYTES + 64 * 1024,
      onError: (c) => checkError(c, "budapest", "", new InputError(`the draft is over the limit of ${MAX_DRAFT_BYTES / 1048576} MB`, { field: "file" }, "too_large")),
    }),
    async (c) => {
      const form = await c.req.parseBody();
      const asked = typeof form.profile === "string" && form.profile ? form.profile : "budapest";
      const file = form.file instanceof File && form.file.size > 0 ? form.file : null;
      let text = typeof form.text === "string" ? form.text : "";
      try {
        const profile = profileOf(asked).id;
        if (file) text = decodeLawText(new Uint8Array(await file.arrayBuffer()), file.name);
        if (!text.trim()) throw new InputError("paste a draft or choose a file first", { field: "text" });
        return c.html(<CheckPage profile={profile} text={text} check={checkDraft(c.var.db, text, profile)} error={null} />);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        return checkError(c, asked, text, err);
      }
    },
  );

  app.get("/search", (c) => {
    const q = c.req.query("q") ?? "";
    const jurisdiction = c.req.query("jurisdiction") ?? "";
    const category = c.req.query("category") ?? "";
    const pageAsked = c.req.query("page") || "1";
    const jurisdictions = listJurisdictions(c.var.db).map(({ code, name }) => ({ code, name }));
    let result = null;
    let error = null;
    if (q) {
      try {
        // A page number a reader mistyped is said, not silently read as page 1.
        if (!/^[1-9]\d{0,5}$/.test(pageAsked)) throw new InputError(`page "${pageAsked}": expected a page number from 1`, { field: "page" });
        result = searchProvisions(c.var.db, { q, jurisdiction: jurisdiction || undefined, category: category || undefined, page: Number(pageAsked), perPage: 20 });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        error = err.message;
      }
    }
    return c.html(<SearchPage q={q} jurisdiction={jurisdiction} category={category} jurisdictions={jurisdictions} result={result} error={error} />);
  });
}

