// What `npm run eval` measured of the tagger on the instruments held out from rule writing, per
// taxonomy group, kept beside the code (measured.json) so that a report can say, next to a verdict,
// how far the tagger is to be trusted on a law it has not seen. `npm run -s eval -- --write-measured`
// rewrites the file; a test checks that it is what the eval gives now.
import measuredData from "./measured.json" with { type: "json" };
import type { Evaluation } from "./evaluate.js";

/**
 * A group's categories per law, pooled over the held-out instruments, as a gap report counts them
 * (a category found in some section): how often "covered" is right (precision), and how many of
 * the categories a law has the tagger finds (recall).
 */
export interface GroupAccuracy {
  group: string;
  precision: number;
  recall: number;
  /** Categories of the group the held-out laws have, by the gold: what the figures rest on. */
  support: number;
}

export interface Measured {
  taggerVersion: string;
  heldOut: string[];
  groups: GroupAccuracy[];
}

export const MEASURED_PATH = new URL("./measured.json", import.meta.url);

const MEASURED: Measured = measuredData;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The file's content for an evaluation: the per-law held-out figures of each group a held-out law has. */
export function measuredOf(result: Evaluation, taggerVersion: string, heldOut: string[]): Measured {
  return {
    taggerVersion,
    heldOut,
    groups: result.perGroup
      .filter((g) => g.law.heldOut.support > 0)
      .map(({ group, law: { heldOut: h } }) => ({ group, precision: round(h.precision), recall: round(h.recall), support: h.support })),
  };
}

/** The measured accuracy of the group a category belongs to, or null where no held-out label measures it. */
export function accuracyOf(category: string): GroupAccuracy | null {
  const group = category.split(".")[0];
  return MEASURED.groups.find((g) => g.group === group) ?? null;
}
