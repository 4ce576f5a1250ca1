// The extractor may not fall below what it was measured at on text it was never tuned on (the
// blind real-text split and the two held-out sets), nor much below on its development corpora.
// Floors sit slightly under the figures measured with `npx tsx scripts/eval/run-eval.ts`; raise
// them when a change lifts the measurement, never lower them to let a change through.
import { describe, expect, it } from "vitest";
import { extractPieces } from "../../src/analysis";
import { presentCorpora } from "../../scripts/eval/corpora";
import { loadCorpus, scoreCorpus } from "../../scripts/eval/score-pieces";

const FLOORS: Record<string, { f1: number; precision: number; recall: number }> = {
  // real-dev and real-blind grew again on 2026-12-03 (real-r142-r188: 47 passages from 47 new hosts,
  // scored before anything was tuned on them at F1 0.351 and 0.190, test/analysis/real-batches/):
  // their floors were set again from the measurement on the enlarged corpora (real-dev 0.505,
  // P 0.482, R 0.530; real-blind 0.359, P 0.349, R 0.369). Before, on 94 and 47 passages: 0.619 and 0.414.
  // Rows of the clause's frame (whose experience, when; 2026-12-04): real-dev 0.517 (P 0.500, R 0.536),
  // real-blind 0.366 (P 0.357, R 0.375).
  // real-r208-r227 merged on 2026-12-07 (20 passages from 20 new hosts, chosen for inner figures and
  // dialogue, scored untuned at 0.351 first: test/analysis/real-batches/real-r208-r227.md): real-blind
  // 0.363 (P 0.359, R 0.366) on 75 passages; recall floor set from it.
  // real-r228-r247 merged on 2026-12-07 (20 passages from 20 new hosts, scored untuned at 0.274 first:
  // test/analysis/real-batches/real-r228-r247.md): real-blind 0.344 (P 0.348, R 0.341) on 82 passages;
  // floor set from it.
  // real-r248-r267 merged on 2026-12-08 (test/analysis/real-batches/real-r248-r267.md): real-blind 0.358
  // (P 0.367, R 0.350) on 89 passages, above its floor, so the floor was kept.
  // real-r268-r287 merged on 2026-12-08 (20 passages from 20 new hosts, scored at 0.357 untuned and 0.355 after the
  // stop's extractor work: test/analysis/real-batches/real-r268-r287.md): real-blind 0.357 (P 0.364, R 0.350) on 96
  // passages; floor raised from it.
  "real-blind": { f1: 0.35, precision: 0.36, recall: 0.34 },
  // Dialogue (2026-12-04: who answers whom, scripts, settled names, inner voices): holdout 0.918
  // (P 0.934, R 0.903), holdout-2 0.836 (P 0.897, R 0.783), real-dev 0.522 (P 0.507, R 0.539).
  holdout: { f1: 0.91, precision: 0.93, recall: 0.9 },
  // Note shorthand (2026-12-07: colon speech, figures by description, observation sections; tuned
  // on holdout-2 and holdout-3 misses, so seen): holdout-2 0.851 (P 0.900, R 0.807), holdout-3
  // 0.734 (P 0.791, R 0.685); with "I start at the feet" for the practitioner 0.750 (P 0.797, R 0.708).
  // New note styles (2026-12-08, issue 17; tuned on holdout-2 and holdout-3 misses): holdout-2 0.859
  // (P 0.902, R 0.821).
  "holdout-2": { f1: 0.85, precision: 0.89, recall: 0.81 },
  // Written blind on 2026-12-04 and first scored at 0.651 (P 0.752, R 0.574) and, after the stop's
  // extractor work, 0.646 (P 0.745, R 0.569): test/analysis/holdout-3/README.md.
  // A client's "tingling in my hands" kept (2026-12-07): holdout-3 0.753 (P 0.798, R 0.713).
  // New note styles (2026-12-08: second-person accounts, line-written turns, chat lines, insights
  // without "realise"): holdout-3 0.817 (P 0.809, R 0.824).
  "holdout-3": { f1: 0.8, precision: 0.79, recall: 0.8 },
  // real-r189-r207 merged on 2026-12-07 (19 passages from 19 new hosts, scored untuned at 0.383 first:
  // test/analysis/real-batches/real-r189-r207.md): real-dev 0.511 (P 0.494, R 0.529) on 139 passages,
  // real-blind 0.366 (P 0.353, R 0.379) on 68.
  // real-r208-r227 merged (above): real-dev 0.489 (P 0.479, R 0.500) on 152 passages; floor set from it.
  // real-r228-r247 merged (above): real-dev 0.469 (P 0.461, R 0.476) on 165 passages; floor set from it.
  // Inner figures, parts, and people who are no figures (issue 17, 2026-12-07, at a34d216 with other
  // engineers' rows): real-dev 0.494 (P 0.490, R 0.498). A client's "tingling in my hands" kept
  // (2026-12-07): 0.495 (P 0.489, R 0.500).
  // real-r248-r267 merged on 2026-12-08 (20 passages from 20 new hosts, scored untuned at 0.371 first:
  // test/analysis/real-batches/real-r248-r267.md): real-dev 0.483 (P 0.482, R 0.483) on 178 passages at
  // e97cc02; floor set from it.
  // Senses and sensations in real writing (issue 17, 2026-12-08, at 7f593c6): 0.495 (P 0.491, R 0.499).
  // How real writing names feelings (issue 17, 2026-12-08, test/analysis/generalisation-real-feelings.test.ts):
  // 0.529 (P 0.519, R 0.540) over 7eab489 alone, 0.531 (P 0.520, R 0.542) at 82977ca with the other engineers' work.
  // real-r268-r287 merged (above): real-dev 0.520 (P 0.516, R 0.524) on 191 passages; floor set from it.
  "real-dev": { f1: 0.51, precision: 0.51, recall: 0.52 },
  dev: { f1: 0.96, precision: 0.97, recall: 0.95 },
};

describe("measured floors", () => {
  for (const corpus of presentCorpora()) {
    const floor = FLOORS[corpus.name];
    if (!floor) continue;
    it(`keeps ${corpus.name} (${corpus.role}) at or above F1 ${floor.f1}`, () => {
      const { overall } = scoreCorpus(loadCorpus(corpus.dir), (text) => extractPieces(text));
      expect(overall.f1).toBeGreaterThanOrEqual(floor.f1);
      expect(overall.precision).toBeGreaterThanOrEqual(floor.precision);
      expect(overall.recall).toBeGreaterThanOrEqual(floor.recall);
    });
  }
});
