// Step 1 of the pipeline: bytes in, clean text out. Everything that can be wrong with a file before
// it is even markdown is caught here, with the file named.
import { readFileSync, statSync } from "node:fs";
import { InputError } from "./errors.js";

const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** Decodes and normalises bytes: UTF-8 only, no BOM, LF line ends. */
export function decodeLawText(bytes: Uint8Array, file?: string): string {
  if (bytes.byteLength === 0) throw new InputError("the file is empty", { file });
  if (bytes.byteLength > MAX_INPUT_BYTES) throw tooLarge(bytes.byteLength, file);
  const sample = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new InputError("binary content (NUL byte); expected a markdown or text file", { file });
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > sample.length * 0.01) {
    throw new InputError(`binary content (${control} control bytes); expected a markdown or text file`, { file });
  }
  return decodeUtf8(bytes, file).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** The bytes as UTF-8 text, or an error naming the byte and line where they stop being UTF-8. */
export function decodeUtf8(bytes: Uint8Array, file?: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = 1 + countNewlines(bytes.subarray(0, at));
    throw new InputError(`invalid UTF-8 at byte ${at}; save the file as UTF-8`, { file, line });
  }
}

export function readLawFile(path: string): string {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new InputError("not a regular file", { file: path }, "not_found");
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError("no such file", { file: path }, "not_found");
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(size, path);
  return decodeLawText(readFileSync(path), path);
}

function tooLarge(size: number, file?: string): InputError {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return new InputError(`the file is ${mb(size)} MB; the limit is ${mb(MAX_INPUT_BYTES)} MB`, { file }, "too_large");
}

function countNewlines(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b === 10) n++;
  return n;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let k = 0;
  while (k < bytes.length) {
    const b = bytes[k]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return k;
    for (let j = 1; j <= need; j++) if (((bytes[k + j] ?? 0) & 0xc0) !== 0x80) return k;
    k += need + 1;
  }
  return k;
}
