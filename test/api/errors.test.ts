// Bad requests get application/problem+json naming the bad parameter, with the right status.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ROOT, tempDir } from "../helpers.js";
import { type RunningServer, startServer } from "./server.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer(inject("corpusDb"));
});
afterAll(() => server?.stop());

async function problemOf(path: string, init?: RequestInit) {
  const res = await fetch(server.url + path, init);
  expect(res.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  return { status: res.status, body: (await res.json()) as { status: number; title: string; detail: string; parameter?: string } };
}

const post = (body: BodyInit, type: string): RequestInit => ({ method: "POST", headers: { "content-type": type }, body });

describe("problem responses", () => {
  const cases: [string, string, RequestInit | undefined, number, string | undefined, RegExp][] = [
    ["unknown jurisdiction", "/v1/jurisdictions/ZZ/gaps", undefined, 404, "code", /no jurisdiction "ZZ"/],
    ["malformed jurisdiction code", "/v1/jurisdictions/K1/gaps", undefined, 400, "code", /jurisdiction code/],
    ["unknown profile", "/v1/jurisdictions/KE/gaps?profile=nato", undefined, 400, "profile", /budapest/],
    ["unknown matrix group", "/v1/matrix?group=zzz", undefined, 400, "group", /no category of group "zzz"/],
    ["compare without b", "/v1/compare?a=KE", undefined, 400, "b", /b:/],
    ["compare with an unknown jurisdiction", "/v1/compare?a=KE&b=QQ", undefined, 404, "b", /QQ/],
    ["search an unknown jurisdiction", "/v1/search?q=interception&jurisdiction=QQ", undefined, 404, "jurisdiction", /QQ/],
    ["unknown provision", "/v1/provisions/nope~sec_1", undefined, 404, "id", /no provision/],
    ["search without words", "/v1/search?q=%21%21%21", undefined, 400, "q", /no words/],
    ["search page size over 100", "/v1/search?q=access&per_page=1000", undefined, 400, "per_page", /100/],
    ["search with an unknown category", "/v1/search?q=access&category=cia.hacking", undefined, 400, "category", /unknown category/],
    ["similar with a bad limit", "/v1/provisions/x~y/similar?limit=0", undefined, 400, "limit", /limit/],
    ["analyze JSON without markdown", "/v1/analyze", post("{}", "application/json"), 400, "markdown", /markdown/],
    ["analyze a text with no sections", "/v1/analyze", post("Dear editor, nothing numbered here.", "text/markdown"), 400, "body", /no recognisable sections/],
    ["analyze binary junk", "/v1/analyze", post(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]), "text/plain"), 400, "body", /binary content/],
    ["analyze an empty body", "/v1/analyze", post("", "text/markdown"), 400, "body", /empty/],
    ["analyze JSON that is not UTF-8", "/v1/analyze", post(new Uint8Array([...new TextEncoder().encode('{"markdown": "### 1. Offence\\n\\nA person who '), 0xff, 0xfe, ...new TextEncoder().encode(' commits an offence."}')]), "application/json"), 400, "body", /invalid UTF-8 at byte 45/],
    ["analyze malformed JSON", "/v1/analyze", post('{"markdown": "### 1.', "application/json"), 400, "body", /JSON/i],
    ["analyze an unsupported type", "/v1/analyze", post("%PDF-1.4", "application/pdf"), 415, "content-type", /Unsupported Media Type/],
    ["analyze a body over 2 MB", "/v1/analyze", post("x".repeat(2 * 1024 * 1024 + 10), "text/markdown"), 413, "body", /2 MB/],
    ["an unknown route", "/v2/anything", undefined, 404, undefined, /no route for GET \/v2\/anything/],
  ];
  for (const [name, path, init, status, parameter, detail] of cases) {
    it(name, async () => {
      const p = await problemOf(path, init);
      expect(p.status).toBe(status);
      expect(p.body.status).toBe(status);
      if (parameter) expect(p.body.parameter).toBe(parameter);
      expect(p.body.detail).toMatch(detail);
    });
  }
});

describe("starting the server with a mistake", () => {
  const serve = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "api/server.ts"), ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, HOST: "127.0.0.1", ...env }, timeout: 60_000 });

  it("a database that does not exist: one line naming it, exit 1, and nothing created", () => {
    const typo = join(tempDir(), "typo", "laws.db");
    const r = serve(["--db", typo]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: ${typo}: no database here: build it with \`npm run -s cli -- ingest --db ${typo}\`\n`);
    expect(existsSync(dirname(typo))).toBe(false);
  });

  it.each([
    ["a port that is not a number", ["--db", inject("corpusDb")], { PORT: "abc" }, /^error: port "abc" \(--port or PORT\): expected a number from 0 to 65535\n$/],
    ["an option without its value", ["--db"], {}, /^error: Option '--db <value>' argument missing/],
  ] as const)("%s: one line naming it, exit 1", (_, args, env, says) => {
    const r = serve([...args], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(says);
  });

  it("a port in use: one line naming it, exit 1", async () => {
    const port = Number(new URL(server.url).port);
    const r = serve(["--db", inject("corpusDb"), "--port", String(port)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`error: 127.0.0.1:${port} is in use (EADDRINUSE): choose another with --port or PORT\n`);
  });
});
