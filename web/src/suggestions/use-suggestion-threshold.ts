// The threshold the session form holds once, for the suggestions panel and the narrative's
// read-back both: the level (remembered in this browser) and whether the hidden ones are revealed.
import { useCallback, useState } from "react";
import { loadThreshold, storeThreshold, type ThresholdLevel } from "./suggestion-threshold";

export interface SuggestionThreshold {
  level: ThresholdLevel;
  /** The suggestions below the threshold are shown (last) for now. */
  revealed: boolean;
  /** A new level hides the revealed ones again and is remembered for the next form. */
  choose: (level: ThresholdLevel) => void;
  setRevealed: (revealed: boolean) => void;
}

export function useSuggestionThreshold(): SuggestionThreshold {
  const [level, setLevel] = useState<ThresholdLevel>(loadThreshold);
  const [revealed, setRevealed] = useState(false);
  const choose = useCallback((next: ThresholdLevel) => {
    setLevel(next);
    setRevealed(false);
    storeThreshold(next);
  }, []);
  return { level, revealed, choose, setRevealed };
}
