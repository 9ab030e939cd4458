// Cached read answers must follow the store: an ingest while the server runs shows up at once.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { lawFile } from "../fixtures.js";
import { runCli, tempDir } from "../helpers.js";
import { type RunningServer, startServer } from "./server.js";

const dir = tempDir("cache-");
const db = join(dir, "laws.db");
let server: RunningServer;
beforeAll(async () => {
  copyFileSync(inject("corpusDb"), db);
  server = await startServer(db);
});
afterAll(() => server?.stop());

describe("read cache", () => {
  it("serves the same answer twice, and a new one after an ingest", async () => {
    const list = async () => (await (await fetch(`${server.url}/v1/jurisdictions?per_page=100`)).json()) as { total: number };
    const first = await list();
    expect((await list()).total).toBe(first.total);
    const law = join(dir, "nz.md");
    writeFileSync(law, lawFile({ id: "zz-nz-act", jurisdiction: "NZ" }));
    expect(runCli(["--db", db, "ingest", law]).status).toBe(0);
    expect((await list()).total).toBe(first.total + 1);
  });
});
