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

/** Sections that insert sections into other laws, as amending Acts print them (Zimbabwe, Israel). */
export const AMENDING_BODY = [
  "### 35. Amendment of the Criminal Code",
  "",
  "(1) The Criminal Code is amended by the repeal of section 163 and the substitution of the following—",
  "",
  "“163. Hacking",
  "",
  "(1) A person who intentionally and without authority secures access to a computer system commits an offence.",
  "",
  "(2) For the purposes of this section “secure access” includes to view data.",
  "",
  "163A. Unlawful acquisition of data",
  "",
  "(1) Any person who unlawfully and intentionally intercepts by technical means any private transmission of computer data commits an offence.”",
  "",
  "(2) Section 170 of the Criminal Code is repealed.",
  "",
  "### 36. Amendment of the Evidence Ordinance",
  "",
  "(a) Section 35 shall be replaced by the following:",
  "",
  "**“Admissibility of computer output**",
  "",
  "35. (a) Computer output shall be admissible as evidence in any legal proceeding if it was produced by a reliable system.",
  "",
  "(b) In this section “output” includes a printout.”",
  "",
  "(b) Section 37 shall be deleted;",
  "",
  "### 37. Commencement",
  "",
  "1. This Act comes into force on a date the Minister appoints.",
].join("\n");
