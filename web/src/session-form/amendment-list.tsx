// Each amendment beside what it changed: the text as signed on one side, the amended text on the
// other, with who signed the amendment, when and why.
import type { AmendedFields, Session } from "../../../src/domain";
import { formatDate } from "../vocabulary-labels";

export const AMENDABLE: Array<{ field: keyof AmendedFields; label: string }> = [
  { field: "checkIn", label: "Check-in" },
  { field: "narrative", label: "Narrative" },
  { field: "insights", label: "Insights" },
  { field: "integration", label: "Integration and homework" },
  { field: "techniques", label: "Techniques" },
];

const show = (value: unknown): string =>
  Array.isArray(value)
    ? value.map((t: { technique: string }) => t.technique).join(", ") || "none"
    : String(value ?? "") || "(empty)";

/** What a field says once all amendments up to (not including) `upTo` are applied. */
export function textBefore(s: Session, field: keyof AmendedFields, upTo = s.amendments.length): unknown {
  let value: unknown = s[field];
  for (const a of s.amendments.slice(0, upTo)) if (a.changes[field] !== undefined) value = a.changes[field];
  return value;
}

export function AmendmentList({ session: s }: { session: Session }) {
  if (s.amendments.length === 0) return null;
  return (
    <section className="card stack amendments" aria-labelledby="amendments-title">
      <h2 id="amendments-title">Amendments</h2>
      <ol className="stack">
        {s.amendments.map((a, i) => (
          <li key={a.id} className="amendment stack-sm" data-amendment-index={i}>
            <p>
              <strong>Amendment {i + 1}</strong>, signed by {a.signedByName} on{" "}
              {formatDate(a.signedAt.slice(0, 10))} at{" "}
              {new Date(a.signedAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
            </p>
            <p className="amendment__reason">Reason: {a.reason}</p>
            {AMENDABLE.filter(({ field }) => a.changes[field] !== undefined).map(({ field, label }) => (
              <div key={field} className="amendment__pair">
                <div>
                  <p className="field__label">
                    {label}
                    {i === 0 ? ", as signed" : ", before"}
                  </p>
                  <p className="prose amendment__before">{show(textBefore(s, field, i))}</p>
                </div>
                <div>
                  <p className="field__label">{label}, amended</p>
                  <p className="prose amendment__after">{show(a.changes[field])}</p>
                </div>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
