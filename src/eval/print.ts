// How the eval commands print their figures: percentages to one decimal, one line per score.
import type { Interval, Scores } from "./metrics.js";

export const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

/** "label   micro P  91.3  R  83.6  F1  87.3   macro F1  83.7" */
export const scoreLine = (label: string, s: Scores): string =>
  `${label.padEnd(34)} micro P ${pct(s.micro.precision)}  R ${pct(s.micro.recall)}  F1 ${pct(s.micro.f1)}   macro F1 ${pct(s.macroF1)}`;

export const span = (i: Interval): string => `${pct(i.low)} - ${pct(i.high)}`;
