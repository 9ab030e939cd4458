// RFC 4180 CSV for the matrix: a row per jurisdiction, a column per category.
import type { z } from "@hono/zod-openapi";
import type { MatrixSchema } from "../schemas.js";

const cell = (v: string | number) => {
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function matrixCsv(m: z.infer<typeof MatrixSchema>): string {
  const header = ["code", "name", ...m.categories.map((c) => c.category), "covered"];
  const rows = m.rows.map((r) => [r.code, r.name, ...m.categories.map((c) => r.cells[c.category] ?? "missing"), r.covered]);
  return [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
