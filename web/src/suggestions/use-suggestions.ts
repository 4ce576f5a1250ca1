// Asks the extractor about the narrative once typing pauses. Typing never waits for it: the
// request runs after a quiet spell, and a newer keystroke cancels the older request.
import { useEffect, useState } from "react";
import type { ExtractedPiece } from "../../../src/domain";
import { api } from "../api/tessera-api";

export const SUGGESTION_DELAY_MS = 400;

interface Result {
  /** The text these pieces were extracted from; offsets refer to it. */
  text: string;
  pieces: ExtractedPiece[];
  error: string | null;
}

export interface Suggestions extends Result {
  pending: boolean;
}

export function useSuggestions(text: string, enabled: boolean): Suggestions {
  const [result, setResult] = useState<Result>({ text: "", pieces: [], error: null });

  useEffect(() => {
    if (!enabled || text.trim() === "") return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      api
        .extract({ text }, controller.signal)
        .then(({ pieces }) => setResult({ text, pieces, error: null }))
        .catch((err: unknown) => {
          if (controller.signal.aborted) return;
          setResult({
            text,
            pieces: [],
            error: err instanceof Error ? err.message : "Suggestions are unavailable.",
          });
        });
    }, SUGGESTION_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [text, enabled]);

  if (!enabled || text.trim() === "") return { text, pieces: [], error: null, pending: false };
  return { ...result, pending: result.text !== text };
}
