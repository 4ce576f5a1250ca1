// Deterministic synthetic session narratives for the throughput benchmark: practitioner notes
// and client reflections assembled from varied sentence frames (not corpus sentences).
const NAMES = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elif",
  "Femi",
  "Greta",
  "Hiro",
  "Ines",
  "Jonas",
  "Kemi",
  "Luca",
];
const PARTS = [
  "jaw",
  "left shoulder",
  "lower back",
  "chest",
  "belly",
  "throat",
  "right hip",
  "both feet",
  "neck",
  "sacrum",
  "forehead",
  "left knee",
];
const COLOURS = [
  "amber",
  "deep blue",
  "pale green",
  "violet",
  "golden",
  "silvery",
  "crimson",
  "white",
  "grey",
  "turquoise",
];
const EMOTIONS = [
  "fear",
  "grief",
  "anger",
  "shame",
  "relief",
  "joy",
  "a quiet calm",
  "loneliness",
  "tenderness",
];
const FIGURES = [
  "a small boy",
  "an old woman",
  "a bear",
  "a tall guardian",
  "a hare",
  "a young girl",
  "a grey heron",
];
const AGES = ["four", "seven", "nine", "twelve", "fifteen", "eighteen"];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function syntheticNarrative(seed: number): string {
  const r = rng(seed * 7919);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const name = pick(NAMES);
  const client = seed % 2 === 0;
  const she = client ? "I" : pick(["She", "He"]);
  const her = client ? "my" : she === "She" ? "her" : "his";
  const frames: (() => string)[] = [
    () =>
      `${client ? `${name} started with her hands under my head.` : `I began at the feet and then held the occiput.`}`,
    () => `${she} felt a heaviness in ${her} ${pick(PARTS)} that slowly spread.`,
    () =>
      `After a while ${her} ${pick(PARTS)} softened and ${she.toLowerCase() === "i" ? "I" : she.toLowerCase()} let out a long sigh.`,
    () => `${she} saw a ${pick(COLOURS)} light gathering behind ${her} eyes.`,
    () => `A memory came of being ${pick(AGES)}, standing in a kitchen while rain hit the window.`,
    () => `${she} said ${pick(EMOTIONS)} was sitting in ${her} ${pick(PARTS)}, heavy as wet sand.`,
    () => `Then ${pick(FIGURES)} appeared at the edge of a field and said, "You can rest now."`,
    () => `${she} asked it why it had waited so long, and it answered that nobody had listened.`,
    () =>
      `${her.charAt(0).toUpperCase() + her.slice(1)} ${pick(PARTS)} began to tremble and then jerked twice.`,
    () =>
      `Warmth moved up through ${her} ${pick(PARTS)} and ${she === "I" ? "I" : she.toLowerCase()} did not feel cold any more.`,
    () => `${she} could smell pine needles and tasted salt on ${her} lips.`,
    () => `There was a low humming, like bees in a hedge.`,
    () => `No images came and ${she === "I" ? "I" : she.toLowerCase()} did not see any colours this time.`,
    () =>
      `${client ? `${name} asked whether I could hear anything, and I couldn't.` : `I asked whether she could sense any colour; she shrugged.`}`,
    () =>
      `${she} realised the tiredness was older than the illness, and that ${she === "I" ? "I" : she.toLowerCase()} could stop waiting.`,
  ];
  const parts: string[] = [];
  const n = 14 + Math.floor(r() * 10);
  for (let i = 0; i < n; i++) parts.push(pick(frames)());
  return parts.join(" ") + "\n";
}
