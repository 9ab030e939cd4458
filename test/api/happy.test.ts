// Every route of the API against a real server over the corpus database: the answers users rely on.
import { validate } from "@readme/openapi-parser";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { MEASURED_PATH } from "../../src/eval/measured.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, startServer } from "./server.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(inject("corpusDb"));
});
afterAll(() => server?.stop());

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(server.url + path, { headers });
  return { res, body: res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text() };
};

describe("read routes", () => {
  it("GET /health reports the store's size", async () => {
    const { res, body } = await get("/health");
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: "ok", counts: { jurisdictions: 13, instruments: 14 } });
    expect(body.counts.provisions).toBeGreaterThan(4000);
  });

  it("GET /v1/taxonomy marks unverified crosswalk numbers", async () => {
    const { body } = await get("/v1/taxonomy");
    expect(body.categories).toHaveLength(72);
    const access = body.categories.find((c: { id: string }) => c.id === "cia.illegal_access");
    expect(access.refs.budapest).toMatchObject({ reference: "2", confidence: "seen", verified: true });
    expect(access.refs.un2024).toMatchObject({ reference: "7", confidence: "memory", verified: false });
  });

  it("GET /v1/jurisdictions lists instruments with status and suspended provisions, paginated", async () => {
    const { body } = await get("/v1/jurisdictions?per_page=5&page=2");
    expect(body).toMatchObject({ total: 13, page: 2, perPage: 5 });
    expect(body.items).toHaveLength(5);
    const { body: all } = await get("/v1/jurisdictions?per_page=100");
    const ke = all.items.find((j: { code: string }) => j.code === "KE");
    expect(ke.instruments[0].suspended.map((s: { provision: string }) => s.provision)).toEqual(["s. 22", "s. 23", "s. 24", "s. 27", "s. 53"]);
  });

  it("GET /v1/jurisdictions/{code}/gaps gives the gap report, case-insensitively", async () => {
    const { res, body } = await get("/v1/jurisdictions/ke/gaps?profile=budapest");
    expect(res.status).toBe(200);
    const access = body.categories.find((c: { category: string }) => c.category === "cia.illegal_access");
    expect(access.status).toBe("covered");
    expect(access.covering.map((p: { citation: string }) => p.citation)).toContain("s. 14");
  });

  it("GET /v1/matrix answers JSON, and CSV by Accept or ?format=csv", async () => {
    const { body } = await get("/v1/matrix?profile=budapest&group=cia");
    expect(body.rows).toHaveLength(13);
    expect(body.categories.every((c: { group: string }) => c.group === "cia")).toBe(true);
    const csv = await get("/v1/matrix?group=cia", { accept: "text/csv" });
    expect(csv.res.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (csv.body as string).trim().split("\r\n");
    expect(lines[0]).toBe(["code", "name", ...body.categories.map((c: { category: string }) => c.category), "covered"].join(","));
    expect(lines).toHaveLength(14);
    expect((await get("/v1/matrix?format=csv&group=cia")).body).toBe(csv.body);
  });

  it("GET /v1/compare gives the Jaccard alignment and element differences", async () => {
    const { body } = await get("/v1/compare?a=KE&b=TZ&profile=budapest");
    const { both, only_a, only_b } = body.counts;
    expect(body.alignment).toBeCloseTo(both / (both + only_a + only_b), 3);
    expect(body.categories.find((c: { category: string }) => c.category === "cia.illegal_access").elements.a.citations).toContain("s. 14");
  });

  it("GET /v1/provisions/{id} and /similar", async () => {
    const id = "ke-cmca-2018@2025-11-04~sec_14";
    const { body } = await get(`/v1/provisions/${encodeURIComponent(id)}`);
    expect(body).toMatchObject({ id, citation: "s. 14", heading: "Unauthorised access", role: "offence", jurisdiction: "KE" });
    expect(body.children.map((c: { citation: string }) => c.citation)).toEqual(["s. 14(1)", "s. 14(2)", "s. 14(3)"]);
    expect(body.tags[0].category).toBe("cia.illegal_access");
    expect(body.elements.maxImprisonmentMonths.basic).toBe(36);
    const similar = await get(`/v1/provisions/${encodeURIComponent(id)}/similar?limit=3`);
    expect(similar.body.items).toHaveLength(3);
    for (const item of similar.body.items) expect(item.jurisdiction).not.toBe("KE");
  });

  it("GET /v1/provisions/{id} lists the candidates a gap report points at", async () => {
    const report = await get("/v1/jurisdictions/UG/gaps");
    const [lead] = report.body.categories.find((c: { category: string }) => c.category === "proc.realtime_traffic").candidates;
    const { body } = await get(`/v1/provisions/${encodeURIComponent(lead.id)}`);
    expect(body).toMatchObject({ citation: "s. 31", heading: "Search and seizure" });
    expect(body.candidates.map((k: { category: string }) => k.category)).toContain("proc.realtime_traffic");
    expect(body.tags.map((t: { category: string }) => t.category)).not.toContain("proc.realtime_traffic");
  });

  it("GET /v1/jurisdictions/{code}/gaps says, for each category, how the tagger did on its group in laws it had not seen", async () => {
    const { body } = await get("/v1/jurisdictions/UG/gaps?profile=itu");
    const measured = JSON.parse(readFileSync(MEASURED_PATH, "utf8")) as { groups: { group: string }[] };
    for (const c of body.categories as { category: string; taggerAccuracy: { group: string } | null }[]) {
      expect(c.taggerAccuracy, c.category).toEqual(measured.groups.find((g) => g.group === c.category.split(".")[0]) ?? null);
    }
    const realtime = body.categories.find((c: { category: string }) => c.category === "proc.realtime_traffic");
    expect(realtime.taggerAccuracy).toMatchObject({ group: "proc", recall: expect.any(Number), support: expect.any(Number) });
    expect(realtime.taggerAccuracy.recall).toBeLessThan(1);
  });

  it("GET /v1/search finds stemmed words, filters and paginates", async () => {
    const { body } = await get("/v1/search?q=intercepts&jurisdiction=KE&per_page=2");
    expect(body.total).toBeGreaterThan(2);
    expect(body.hits).toHaveLength(2);
    expect(body.hits.every((h: { jurisdiction: string }) => h.jurisdiction === "KE")).toBe(true);
    // The category filter narrows the same search to provisions tagged with the category.
    const all = await get("/v1/search?q=interception");
    const filtered = await get("/v1/search?q=interception&category=proc.interception_content");
    expect(filtered.body.total).toBeGreaterThan(0);
    expect(filtered.body.total).toBeLessThan(all.body.total);
    for (const hit of filtered.body.hits) {
      const p = (await get(`/v1/provisions/${encodeURIComponent(hit.id)}`)).body;
      expect(p.tags.map((t: { category: string }) => t.category)).toContain("proc.interception_content");
    }
  });

  it("answers 304 to If-None-Match with the ETag it gave", async () => {
    const first = await get("/v1/jurisdictions/KE/gaps");
    const tag = first.res.headers.get("etag")!;
    expect(tag).toBeTruthy();
    const again = await fetch(`${server.url}/v1/jurisdictions/KE/gaps`, { headers: { "if-none-match": tag } });
    expect(again.status).toBe(304);
    // A tag a proxy marked weak, and "*", match too; another tag does not.
    for (const asked of [`W/${tag}`, "*", `"other", ${tag}`]) {
      expect((await fetch(`${server.url}/v1/jurisdictions/KE/gaps`, { headers: { "if-none-match": asked } })).status).toBe(304);
    }
    expect((await fetch(`${server.url}/v1/jurisdictions/KE/gaps`, { headers: { "if-none-match": '"other"' } })).status).toBe(200);
  });

  it("sends a large answer gzipped to a client that accepts gzip, under a tag of its own", async () => {
    // node:http, not fetch: fetch asks for gzip itself and hides the bytes that travelled.
    const raw = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
        request(server.url + path, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (chunk: Buffer) => chunks.push(chunk)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
        })
          .on("error", reject)
          .end();
      });
    const plain = await raw("/v1/jurisdictions/KE/gaps", {});
    const gzipped = await raw("/v1/jurisdictions/KE/gaps", { "accept-encoding": "gzip, deflate" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gzipped.body.length).toBeLessThan(plain.body.length / 4);
    expect(gunzipSync(gzipped.body).equals(plain.body)).toBe(true);
    for (const answer of [plain, gzipped]) expect(answer.headers.vary).toMatch(/accept-encoding/);
    expect(gzipped.headers.etag).not.toBe(plain.headers.etag);
    const tag = gzipped.headers.etag as string;
    expect((await raw("/v1/jurisdictions/KE/gaps", { "accept-encoding": "gzip", "if-none-match": tag })).status).toBe(304);
    expect((await raw("/v1/jurisdictions/KE/gaps", { "if-none-match": tag })).status).toBe(200);
    // Refused with q=0, and a small answer, travel as they are.
    expect((await raw("/v1/jurisdictions/KE/gaps", { "accept-encoding": "gzip;q=0" })).headers["content-encoding"]).toBeUndefined();
    expect((await raw("/v1/jurisdictions?per_page=1", { "accept-encoding": "gzip" })).headers["content-encoding"]).toBeUndefined();
  });

  it("tells caches that the matrix's form depends on Accept", async () => {
    const csv = await fetch(`${server.url}/v1/matrix`, { headers: { accept: "text/csv" } });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("vary")).toMatch(/accept/i);
    const json = await fetch(`${server.url}/v1/matrix`);
    expect(json.headers.get("vary")).toMatch(/accept/i);
    expect(json.headers.get("etag")).not.toBe(csv.headers.get("etag"));
  });
});

describe("POST /v1/analyze", () => {
  const draft = "### 3. Illegal access\n\nA person who intentionally and without right accesses a computer system commits an offence and is liable to imprisonment for a term not exceeding two years.\n";

  it("checks a markdown draft against a profile, with examples for each gap", async () => {
    const res = await fetch(`${server.url}/v1/analyze?profile=budapest`, { method: "POST", headers: { "content-type": "text/markdown" }, body: draft });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.coverage.find((c: { category: string }) => c.category === "cia.illegal_access").status).toBe("covered");
    const gap = body.gaps.find((g: { category: string }) => g.category === "cia.illegal_interception");
    expect(gap.status).toBe("missing");
    expect(gap.examples.length).toBeGreaterThanOrEqual(2);
    expect(new Set(gap.examples.map((e: { jurisdiction: string }) => e.jurisdiction)).size).toBe(gap.examples.length);
  });

  it("names, for a gap, the sections of the draft that carry the category's words", async () => {
    const orders =
      "### 7. Orders of a magistrate\n\nA magistrate may, on the application of a police officer, order a person in control of a computer system to collect traffic data in real time for a period not exceeding seven days.\n";
    const res = await fetch(`${server.url}/v1/analyze`, { method: "POST", headers: { "content-type": "text/markdown" }, body: orders });
    const body = await res.json();
    const gap = body.gaps.find((g: { category: string }) => g.category === "proc.realtime_traffic");
    expect(gap).toMatchObject({ status: "missing", candidates: [{ id: "sec_7", citation: "s. 7", heading: "Orders of a magistrate", reason: "role" }] });
    expect(body.gaps.find((g: { category: string }) => g.category === "cia.illegal_access").candidates).toEqual([]);
  });

  it("accepts JSON { markdown } and stores nothing", async () => {
    const before = (await get("/health")).body.counts;
    const res = await fetch(`${server.url}/v1/analyze`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ markdown: draft }) });
    expect(res.status).toBe(200);
    expect((await get("/health")).body.counts).toEqual(before);
  });
});

describe("OpenAPI", () => {
  it("documents every route and validates", async () => {
    const { body } = await get("/openapi.json");
    expect(Object.keys(body.paths).sort()).toEqual(
      ["/health", "/v1/analyze", "/v1/compare", "/v1/jurisdictions", "/v1/jurisdictions/{code}/gaps", "/v1/matrix", "/v1/provisions/{id}", "/v1/provisions/{id}/similar", "/v1/search", "/v1/taxonomy"].sort(),
    );
    const result = await validate(structuredClone(body));
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it("serves the interactive reference from local assets", async () => {
    const page = await get("/docs");
    expect(page.body).toContain("/docs/assets/swagger-ui-bundle.js");
    expect((await fetch(`${server.url}/docs/assets/swagger-ui-bundle.js`)).status).toBe(200);
  });
});
