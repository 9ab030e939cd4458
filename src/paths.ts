import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, for the bundled corpus and other files the code ships with. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
