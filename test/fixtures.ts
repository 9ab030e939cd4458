// Law files written for the ingest tests: one good instrument, and the ways a file can be wrong.
export const FRONT_MATTER = {
  id: "zz-test-act",
  jurisdiction: "KE",
  title: "Test Computer Misuse Act",
  short_title: "Test Act",
  kind: "statute",
  as_at: "2024-01-01",
  status: "in force",
  source_url: "https://example.org/test-act",
  source_note: "Written for the test suite.",
  language: "en",
};

export function lawFile(fields: Record<string, string | undefined> = {}, body = GOOD_BODY): string {
  const merged = { ...FRONT_MATTER, ...fields };
  const lines = Object.entries(merged)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}`;
}

export const GOOD_BODY = `# Test Computer Misuse Act

## Part I — Offences

### 1. Short title

This Act may be cited as the Test Computer Misuse Act.

### 2. Unauthorised access

(1) A person who intentionally and without authorisation accesses a computer system commits an offence.

(2) A person convicted under subsection (1) is liable to imprisonment for a term not exceeding three years.
`;
