// The client list's mark for a client with a safety flag nobody has followed up yet.
import type { OpenSafetyFlag } from "../../../src/domain";
import { formatDate } from "../vocabulary-labels";

export function SafetyFlagBadge({ flags }: { flags: readonly OpenSafetyFlag[] }) {
  if (flags.length === 0) return null;
  const dates = flags.map((f) => formatDate(f.date)).join(", ");
  return (
    <span
      className="flag-badge"
      title={`A questionnaire answer of ${dates} needs your follow-up`}
      data-open-flags={flags.length}
    >
      Follow-up needed
    </span>
  );
}
