// What a hostile client can try: CORS on writes, injection through query parameters, methods the
// API does not offer. The server must answer with data or a named error, never with someone
// else's rows or a crash.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, startServer } from "./server.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(inject("corpusDb"));
});
afterAll(() => server?.stop());

describe("security", () => {
  it("allows cross-origin reads but not cross-origin posts", async () => {
    const read = await fetch(`${server.url}/v1/taxonomy`, { headers: { origin: "https://elsewhere.example" } });
    expect(read.headers.get("access-control-allow-origin")).toBe("*");
    const preflight = await fetch(`${server.url}/v1/analyze`, {
      method: "OPTIONS",
      headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("treats SQL and FTS syntax in a search as words", async () => {
    const injected = await (await fetch(`${server.url}/v1/search?q=${encodeURIComponent("access' OR 1=1; DROP TABLE provisions; --")}`)).json();
    const plain = await (await fetch(`${server.url}/v1/search?q=${encodeURIComponent("access OR 1 1 DROP TABLE provisions")}`)).json();
    expect(injected.total).toBe(plain.total);
    const fts = await fetch(`${server.url}/v1/search?q=${encodeURIComponent('NEAR(access "x) OR * ^')}`);
    expect(fts.status).toBe(200);
    const health = await (await fetch(`${server.url}/health`)).json();
    expect(health.counts.provisions).toBeGreaterThan(4000);
  });

  it("refuses a jurisdiction filter that is not a code", async () => {
    const res = await fetch(`${server.url}/v1/search?q=access&jurisdiction=${encodeURIComponent("KE' OR '1'='1")}`);
    expect(res.status).toBe(400);
    expect((await res.json()).parameter).toBe("jurisdiction");
  });

  it("offers no write method on read resources", async () => {
    for (const method of ["PUT", "DELETE", "PATCH"]) {
      const res = await fetch(`${server.url}/v1/jurisdictions`, { method });
      expect(res.status).toBe(404);
    }
  });

  it("shows law text in JSON as data, never as markup", async () => {
    const res = await fetch(`${server.url}/v1/analyze`, {
      method: "POST",
      headers: { "content-type": "text/markdown" },
      body: "### 1. Offence\n\n<script>alert(1)</script> A person who intentionally accesses a computer system without right commits an offence.\n",
    });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.provisions.find((p: { id: string }) => p.id === "sec_1").text).toContain("<script>alert(1)</script>");
  });
});
