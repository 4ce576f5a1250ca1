// Seeded content of a synthetic client: the regions that keep coming back, the characters and
// threads of their process, and sessions whose pieces follow a plausible mix of kinds. Words are
// spread like real notes: a few very common ("jaw" in about a quarter of sessions), many rare
// (each of RARE_WORDS in a handful of sessions of M).
import type {
  BodyRegion,
  CharacterAspect,
  CharacterInput,
  PieceInput,
  PieceKind,
  ReflectionInput,
  SessionInput,
  ThreadInput,
} from "../src/domain";
import { ASPECTS, COLOURS, EMOTIONS } from "../src/domain";

/** mulberry32: a tiny seeded generator, so a seed always builds the same practice. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(r: Random, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

function weighted<T>(r: Random, items: ReadonlyArray<readonly [T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = r() * total;
  for (const [item, w] of items) if ((x -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** Kinds as practitioners record them: mostly body sensations, emotions, images and releases. */
const KIND_MIX: ReadonlyArray<readonly [PieceKind, number]> = [
  ["body_sensation", 22],
  ["emotion", 14],
  ["visual", 10],
  ["release", 10],
  ["memory", 8],
  ["inner_process", 8],
  ["movement", 6],
  ["temperature", 5],
  ["insight", 5],
  ["character", 4],
  ["message", 3],
  ["sound", 2],
  ["smell", 1.5],
  ["taste", 1.5],
];

/** CranioSacral work returns to a few regions; the rest appear now and then. */
const REGION_WEIGHTS: ReadonlyArray<readonly [BodyRegion, number]> = [
  ["jaw", 5],
  ["occiput", 5],
  ["sacrum", 5],
  ["diaphragm", 4],
  ["neck", 4],
  ["shoulders", 4],
  ["chest", 3],
  ["throat", 3],
  ["solar-plexus", 3],
  ["lower-back", 3],
  ["pelvis", 2],
  ["head", 2],
  ["heart", 2],
  ["abdomen", 2],
  ["hips", 2],
  ["temples", 1],
  ["stomach", 1],
  ["feet", 1],
  ["hands", 1],
  ["knees", 1],
  ["spine", 1],
  ["eyes", 1],
  ["whole-body", 1],
];

const CHARACTER_LABELS: ReadonlyArray<readonly [string, CharacterAspect]> = [
  ["little girl", "child"],
  ["small boy", "child"],
  ["the guardian", "protector"],
  ["grey wolf", "animal"],
  ["grandmother", "ancestor"],
  ["the judge", "critic"],
  ["old healer", "guide"],
  ["mother", "parent"],
  ["the bear", "animal"],
  ["wise woman", "guide"],
  ["the soldier", "protector"],
  ["teenager", "child"],
];
const THREAD_NAMES = [
  "jaw holding and unsaid words",
  "the move at seven",
  "making myself small",
  "father's illness",
  "permission to rest",
  "grief for the brother",
  "the body as a safe place",
  "anger kept in the belly",
  "birth story",
  "being seen",
];
/** Each appears in a handful of sessions: the rare words of the search benchmark. */
export const RARE_WORDS = [
  "lighthouse",
  "heron",
  "orchard",
  "violin",
  "lantern",
  "glacier",
  "compass",
  "harbour",
  "thimble",
  "meadowlark",
];
export const COMMON_WORD = "jaw";
const FEELINGS = [
  "heavy",
  "tight",
  "buzzing",
  "warm",
  "hollow",
  "tingling",
  "numb",
  "pulsing",
  "soft",
  "dense",
];
const IMAGES = [
  "a narrow corridor",
  "an open field",
  "a dark lake",
  "a stone wall",
  "a spiral staircase",
  "a garden gate",
  "a forest path",
  "a small boat",
];
const PLACES = [
  "the kitchen at home",
  "the school yard",
  "grandmother's garden",
  "the hospital corridor",
  "the car at night",
  "the back stairs",
];
const SOUNDS = ["a low humming", "a distant bell", "rain on a roof", "a voice calling", "the sea"];
const SMELLS = ["pine needles", "wood smoke", "bread", "disinfectant", "lavender"];
const TASTES = ["salt", "metal", "something bitter", "honey"];
const MESSAGES = [
  "you can rest now",
  "it was not your fault",
  "you are allowed to take up space",
  "slow down",
  "we are still here",
];
const INSIGHTS = [
  "the tiredness is older than the illness",
  "holding on kept me safe once",
  "I do not have to earn rest",
  "the anger was protecting the sadness",
  "my body knew before I did",
];
const MOVES = ["movement", "spasm", "tremor"] as const;
const PERIOD_OF_AGE = (age: number) =>
  age < 1 ? "infancy" : age < 12 ? "childhood" : age < 18 ? "adolescence" : "adulthood";

export interface ClientWorld {
  regions: BodyRegion[];
  characters: CharacterInput[];
  threads: ThreadInput[];
}

/** What recurs for one client: 3–5 regions, 2–6 characters, 2–5 threads. */
export function clientWorld(r: Random): ClientWorld {
  const regions = new Set<BodyRegion>();
  const wantRegions = 3 + Math.floor(r() * 3);
  while (regions.size < wantRegions) regions.add(weighted(r, REGION_WEIGHTS));
  const labels = new Set<number>();
  const wantCharacters = 2 + Math.floor(r() * 5);
  while (labels.size < wantCharacters) labels.add(Math.floor(r() * CHARACTER_LABELS.length));
  const threads = new Set<string>();
  const wantThreads = 2 + Math.floor(r() * 4);
  while (threads.size < wantThreads) threads.add(pick(r, THREAD_NAMES));
  return {
    regions: [...regions],
    characters: [...labels].map((i) => ({
      label: CHARACTER_LABELS[i]![0],
      aspect: CHARACTER_LABELS[i]![1] ?? pick(r, ASPECTS),
      description: "",
    })),
    threads: [...threads].map((name) => ({ name, description: "", status: "open" })),
  };
}

/** Ids of the client's stored characters and threads, for links from pieces. */
export interface ClientLinks {
  characters: Array<{ id: string; label: string }>;
  threadIds: string[];
}

export function syntheticPiece(r: Random, world: ClientWorld, links: ClientLinks): PieceInput {
  const kind = weighted(r, KIND_MIX);
  // Mostly the client's own regions, sometimes anywhere.
  const region = r() < 0.75 ? pick(r, world.regions) : weighted(r, REGION_WEIGHTS);
  const where = region.replace("-", " ");
  const threadIds = links.threadIds.length && r() < 0.15 ? [pick(r, links.threadIds)] : [];
  const base = { kind, regions: [region] as BodyRegion[], threadIds, text: "" };
  switch (kind) {
    case "body_sensation":
      return { ...base, text: `${pick(r, FEELINGS)} in the ${where}, then ${pick(r, FEELINGS)}` };
    case "emotion": {
      const emotion = pick(r, EMOTIONS);
      return { ...base, text: `${emotion} rising in the ${where}`, emotions: [emotion] };
    }
    case "visual": {
      const colour = pick(r, COLOURS);
      return { ...base, text: `${colour} light over ${pick(r, IMAGES)}`, colours: [colour] };
    }
    case "release":
      return { ...base, text: `long sigh as the ${where} let go` };
    case "memory": {
      const age = Math.floor(r() * 40);
      return { ...base, text: `aged ${age}, in ${pick(r, PLACES)}`, age, period: PERIOD_OF_AGE(age) };
    }
    case "inner_process":
      return { ...base, regions: [], text: `stayed with ${pick(r, IMAGES)} without pushing it away` };
    case "movement":
      return { ...base, text: `the ${where} began to move on its own`, movement: pick(r, MOVES) };
    case "temperature": {
      const temperature = r() < 0.7 ? "hot" : "cold";
      return {
        ...base,
        text: `${temperature === "hot" ? "heat" : "cold"} spreading from the ${where}`,
        temperature,
      };
    }
    case "insight":
      return { ...base, regions: [], text: pick(r, INSIGHTS) };
    case "character":
    case "message": {
      const c = links.characters.length ? pick(r, links.characters) : null;
      const text =
        kind === "message" ? `"${pick(r, MESSAGES)}"` : `${c?.label ?? "a figure"} appeared, watching`;
      return { ...base, regions: [], text, character: c?.label ?? null, characterId: c?.id ?? null };
    }
    case "sound":
      return { ...base, regions: [], text: `heard ${pick(r, SOUNDS)}` };
    case "smell":
      return { ...base, regions: [], text: `smell of ${pick(r, SMELLS)}` };
    case "taste":
      return { ...base, regions: [], text: `taste of ${pick(r, TASTES)}` };
  }
}

const OPENINGS = [
  "Began at the feet and listened to the rhythm.",
  "Started with a still point at the occiput.",
  "Client arrived tired after a hard week.",
  "Worked through the diaphragms from pelvis to thoracic inlet.",
  "Quiet start; the rhythm was slow and shallow.",
];
const CLOSINGS = [
  "Integration felt settled; client grounded before leaving.",
  "Ended at the feet; breathing slower and deeper.",
  "Client wants to come back to this next time.",
  "Some tiredness afterwards, expected.",
];

export function syntheticSession(
  r: Random,
  world: ClientWorld,
  links: ClientLinks,
  date: string,
  courseId: string | null,
  pieceCount: number,
): SessionInput {
  const pieces = Array.from({ length: pieceCount }, () => syntheticPiece(r, world, links));
  const told = pieces.filter(() => r() < 0.4).map((p) => `${p.text[0]!.toUpperCase()}${p.text.slice(1)}.`);
  const rare = r() < 1 / 600 ? [`Something about a ${pick(r, RARE_WORDS)} came up.`] : [];
  return {
    courseId,
    date,
    durationMinutes: pick(r, [45, 60, 60, 75, 90]),
    checkIn: `Reports the ${pick(r, world.regions).replace("-", " ")} has been ${pick(r, FEELINGS)} this week.`,
    techniques: [
      {
        technique: pick(r, ["CV4", "still point", "SER dialogue", "diaphragm release", "dural tube"]),
        regions: [pick(r, world.regions)],
      },
    ],
    narrative: [pick(r, OPENINGS), ...told, ...rare, pick(r, CLOSINGS)].join(" "),
    pieces,
    insights: r() < 0.3 ? pick(r, INSIGHTS) : "",
    integration: r() < 0.5 ? "Drink water, rest this evening." : "",
  };
}

export function syntheticReflection(r: Random, world: ClientWorld, date: string): ReflectionInput {
  return {
    date,
    text: `Since the session my ${pick(r, world.regions).replace("-", " ")} feels ${pick(r, FEELINGS)}. ${pick(r, INSIGHTS)}.`,
    sharedWithPractitioner: r() < 0.6,
  };
}

/** Pieces in one session: 5–28, mean about 16.5, so M holds about a million. */
export function pieceCountFor(r: Random, mean: number): number {
  const spread = Math.round(mean) - 5;
  return 5 + Math.floor(r() * (2 * spread + 1));
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
