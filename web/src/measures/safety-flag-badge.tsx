// The client list's mark for a client with a safety flag nobody has followed up yet, graded by the
// most urgent open flag: a routine one (a low WHO-5 item) is a quiet note, not an alarm.
import type { OpenSafetyFlag } from "../../../src/domain";
import { formatDate } from "../vocabulary-labels";
import { URGENCY_RANK } from "./measure-text";

type Urgency = NonNullable<OpenSafetyFlag["urgency"]>;

export function SafetyFlagBadge({ flags }: { flags: readonly OpenSafetyFlag[] }) {
  if (flags.length === 0) return null;
  const dates = flags.map((f) => formatDate(f.date)).join(", ");
  // A flag today's definitions cannot grade counts as raised: never quieter than it may be.
  const top = flags
    .map((f): Urgency => f.urgency ?? "raised")
    .reduce((a, b) => (URGENCY_RANK[b] > URGENCY_RANK[a] ? b : a));
  return (
    <span
      className={`flag-badge flag-badge--${top}`}
      title={`A questionnaire answer of ${dates} needs your follow-up`}
      data-open-flags={flags.length}
      data-urgency={top}
    >
      {top === "routine"
        ? "Worth a look"
        : top === "highest" || top === "high"
          ? "Follow-up needed now"
          : "Follow-up needed"}
    </span>
  );
}
