// One error type for bad input, so every caller (CLI, API, tests) can name the file, line and field.
export class InputError extends Error {
  constructor(
    message: string,
    readonly where: { file?: string; line?: number; field?: string } = {},
    /** What kind of problem: a missing file or record, input over a size limit, or invalid content. */
    readonly kind: "not_found" | "too_large" | "invalid" = "invalid",
  ) {
    super(message);
    this.name = "InputError";
  }

  /** "corpus/x.md:12: front matter field `as_at`: …" */
  override toString(): string {
    const { file, line, field } = this.where;
    const place = [file, line].filter((v) => v !== undefined).join(":");
    return `${place ? `${place}: ` : ""}${field ? `field \`${field}\`: ` : ""}${this.message}`;
  }
}
