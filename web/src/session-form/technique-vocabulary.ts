// CranioSacral techniques to pick from, each with the regions it is usually applied to, plus the
// practitioner's own terms, remembered in this browser once used. Typing a short name ("cv4",
// "hyoid") resolves to the full one and fills its usual regions when none are chosen yet.
import type { BodyRegion } from "../../../src/domain";

export interface TechniqueTerm {
  name: string;
  regions: BodyRegion[];
  /** Short names and spellings that resolve to it. */
  aliases: string[];
}

export const CST_TECHNIQUES: readonly TechniqueTerm[] = [
  {
    name: "Still point (CV4)",
    regions: ["occiput"],
    aliases: ["cv4", "still point", "still point induction"],
  },
  { name: "Still point at the feet", regions: ["feet"], aliases: ["still point feet"] },
  { name: "Pelvic diaphragm release", regions: ["pelvis"], aliases: ["pelvic diaphragm", "pelvic release"] },
  {
    name: "Respiratory diaphragm release",
    regions: ["diaphragm"],
    aliases: ["respiratory diaphragm", "diaphragm release"],
  },
  { name: "Thoracic inlet release", regions: ["chest", "neck"], aliases: ["thoracic inlet"] },
  { name: "Hyoid release", regions: ["throat"], aliases: ["hyoid"] },
  {
    name: "Occipital cranial base release",
    regions: ["occiput"],
    aliases: ["cranial base", "occipital base", "ocb"],
  },
  { name: "Frontal lift", regions: ["forehead"], aliases: ["frontal"] },
  { name: "Parietal lift", regions: ["head"], aliases: ["parietal"] },
  { name: "Sphenoid compression-decompression", regions: ["temples"], aliases: ["sphenoid"] },
  { name: "Temporal ear pull", regions: ["ears", "temples"], aliases: ["ear pull", "temporal"] },
  { name: "Temporal wobble", regions: ["temples"], aliases: ["wobble"] },
  { name: "TMJ compression-decompression", regions: ["jaw"], aliases: ["tmj", "jaw release"] },
  { name: "Dural tube rock and glide", regions: ["spine"], aliases: ["dural tube", "dural tube rock"] },
  { name: "Sacral release", regions: ["sacrum"], aliases: ["sacrum", "sacral"] },
  { name: "Lumbosacral decompression", regions: ["lower-back", "sacrum"], aliases: ["lumbosacral", "l5-s1"] },
  { name: "Unwinding", regions: ["whole-body"], aliases: ["tissue unwinding", "arm unwinding"] },
];

const OWN_KEY = "tessera:own-techniques";

/** Terms the practitioner typed that are not in the vocabulary, most recent first. */
export function ownTerms(): string[] {
  try {
    const list: unknown = JSON.parse(window.localStorage.getItem(OWN_KEY) ?? "[]");
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

export function rememberOwnTerms(names: string[]): void {
  const own = names.map((n) => n.trim()).filter((n) => n && !findTerm(n));
  if (own.length === 0) return;
  const next = [...new Set([...own, ...ownTerms()])].slice(0, 100);
  try {
    window.localStorage.setItem(OWN_KEY, JSON.stringify(next));
  } catch {
    // Not remembered this time.
  }
}

export function findTerm(typed: string): TechniqueTerm | undefined {
  const t = typed.trim().toLowerCase();
  if (!t) return undefined;
  return CST_TECHNIQUES.find((x) => x.name.toLowerCase() === t || x.aliases.includes(t));
}

/** Every name to offer while typing: the vocabulary, then the practitioner's own. */
export function techniqueNames(): string[] {
  return [...CST_TECHNIQUES.map((t) => t.name), ...ownTerms()];
}
