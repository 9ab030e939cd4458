// What a hostile client can try: CORS on writes, injection through query parameters, methods the
// API does not offer. The server must answer with data or a named error, never with someone
// else's rows or a crash.
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type RunningServer, startServer } from "./server.js";

let server: RunningServer;

/**
 * A POST on a connection of its own: the server answers an over-limit body before reading it and
 * then closes the connection, which a pooled connection would carry into the next request.
 */
async function postOnItsOwnConnection(url: string, form: FormData): Promise<{ status: number; text: string }> {
  const prepared = new Request(url, { method: "POST", body: form });
  const body = Buffer.from(await prepared.arrayBuffer());
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "POST", agent: false, headers: { "content-type": prepared.headers.get("content-type")!, "content-length": body.length } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, text: Buffer.concat(chunks).toString("utf8") }));
    });
    // The server may close while the body is still being written: the answer is what counts.
    req.on("error", (err) => (err as NodeJS.ErrnoException).code === "EPIPE" || (err as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(err));
    req.end(body);
  });
}
beforeAll(async () => {
  server = await startServer(inject("corpusDb"));
});
afterAll(() => server?.stop());

describe("security", () => {
  it("allows cross-origin reads but not cross-origin posts", async () => {
    // The first read, the same read answered from the cache, and its revalidation (304) all allow it.
    const read = () => fetch(`${server.url}/v1/taxonomy`, { headers: { origin: "https://elsewhere.example" } });
    const first = await read();
    const cached = await read();
    const revalidated = await fetch(`${server.url}/v1/taxonomy`, { headers: { origin: "https://elsewhere.example", "if-none-match": cached.headers.get("etag")! } });
    expect(revalidated.status).toBe(304);
    for (const answer of [first, cached, revalidated]) expect(answer.headers.get("access-control-allow-origin")).toBe("*");
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

  it("offers no write method on read resources: 405 with the methods it does answer", async () => {
    for (const [path, method, allow] of [
      ["/v1/jurisdictions", "PUT", "GET, HEAD"],
      ["/v1/jurisdictions/KE/gaps", "DELETE", "GET, HEAD"],
      ["/v1/provisions/x~y", "PATCH", "GET, HEAD"],
      ["/v1/analyze", "GET", "POST"],
      ["/check", "DELETE", "GET, POST, HEAD"],
    ]) {
      const res = await fetch(`${server.url}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect((await res.json()).detail).toContain(`${method} ${path}`);
    }
    // a path no route serves stays 404, whatever the method
    expect((await fetch(`${server.url}/v1/nothing-here`, { method: "PUT" })).status).toBe(404);
  });

  it("refuses a draft-check form over the body limit before reading it, and gives the form back", async () => {
    const form = new FormData();
    form.set("profile", "budapest");
    form.set("file", new Blob(["### 1. Offence\n\n", "x".repeat(3 * 1024 * 1024)]), "big.md");
    const res = await postOnItsOwnConnection(`${server.url}/check`, form);
    expect(res.status).toBe(413);
    const html = res.text;
    expect(html).toContain("over the limit of 2 MB");
    expect(html).toContain('action="/check"');
  });

  it("keeps the draft-check form when the upload or the profile is wrong", async () => {
    const badBytes = new FormData();
    badBytes.set("file", new Blob([new Uint8Array([0x23, 0x23, 0x23, 0x20, 0x31, 0x2e, 0x20, 0xff, 0xfe, 0x00, 0x41])]), "draft.md");
    const badProfile = new FormData();
    badProfile.set("profile", "nato");
    badProfile.set("text", "### 1. Illegal access\n\nA person who intentionally accesses a computer system without right commits an offence.\n");
    for (const [body, message] of [
      [badBytes, "draft.md"],
      [badProfile, "unknown profile"],
    ] as const) {
      const res = await fetch(`${server.url}/check`, { method: "POST", body });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      expect(html).toContain('action="/check"');
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
