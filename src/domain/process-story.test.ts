import { describe, expect, it } from "vitest";
import { draftProcessStory } from "./process-story";

const none = { courseIntention: null, characters: [], threads: [], insights: [] };

describe("draftProcessStory", () => {
  it("says how often and when you met, in words", () => {
    expect(draftProcessStory({ ...none, sessionCount: 0, firstDate: null, lastDate: null }).text).toBe(
      "We have not met for a session yet.",
    );
    expect(
      draftProcessStory({ ...none, sessionCount: 1, firstDate: "2026-11-20", lastDate: "2026-11-20" }).text,
    ).toBe("We have met once, on 20 November 2026.");
    expect(
      draftProcessStory({ ...none, sessionCount: 3, firstDate: "2026-01-08", lastDate: "2026-03-12" }).text,
    ).toBe("We have met for 3 sessions, from 8 January 2026 to 12 March 2026.");
  });

  it("names the intention, the characters met, the themes and the insights", () => {
    const draft = draftProcessStory({
      courseIntention: "to sleep again",
      sessionCount: 2,
      firstDate: "2026-01-08",
      lastDate: "2026-01-22",
      characters: [
        { label: "the small girl", aspect: "child" },
        { label: "the wolf", aspect: "" },
      ],
      threads: [
        { name: "holding on", status: "open" },
        { name: "the throat", status: "understood" },
      ],
      insights: ["I can let go without losing myself"],
    });
    expect(draft.title).toBe("Your process: to sleep again");
    expect(draft.text).toContain("You came with this intention: to sleep again.");
    expect(draft.text).toContain("Along the way you met: the small girl (child), the wolf.");
    expect(draft.text).toContain("- holding on\n- the throat (understood)");
    expect(draft.text).toContain("Insights you came to:\n- I can let go without losing myself");
  });
});
