// The client's consents, per purpose: what is in force, and giving or withdrawing one.
import { useState } from "react";
import { CONSENT_PURPOSES, type Consent } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { FormProblems } from "../components/form-problems";
import { LoadProblem } from "../components/load-problem";
import { useLoad } from "../use-load";
import { formatDate } from "../vocabulary-labels";

const PURPOSE: Record<(typeof CONSENT_PURPOSES)[number], { title: string; what: string }> = {
  treatment: { title: "Treatment", what: "CranioSacral Therapy and SomatoEmotional Release sessions." },
  "record-keeping": { title: "Record keeping", what: "Your practitioner keeps notes of your sessions." },
  "portal-sharing": {
    title: "Sharing in this portal",
    what: "Your practitioner shares summaries and charts with you here.",
  },
  research: { title: "Research", what: "Anonymised use of your questionnaire scores in research." },
};

/** The consent in force for a purpose: the latest one not withdrawn. */
function current(consents: readonly Consent[], purpose: string): Consent | undefined {
  return [...consents].reverse().find((c) => c.purpose === purpose);
}

export function PortalConsents({ clientId }: { clientId: string }) {
  const consents = useLoad(() => api.listConsents(clientId).then((r) => r.items), [clientId]);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (purpose: string, fn: () => Promise<unknown>) => {
    setBusy(purpose);
    setError(undefined);
    try {
      await fn();
      consents.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card stack portal-section" aria-labelledby="consents-title">
      <h2 id="consents-title">Your consents</h2>
      <LoadProblem error={consents.error} onRetry={consents.reload} />
      <FormProblems error={error} />
      {consents.data && (
        <ul className="plain-list stack-sm" aria-label="Consents by purpose">
          {CONSENT_PURPOSES.map((purpose) => {
            const c = current(consents.data!, purpose);
            const inForce = c !== undefined && c.granted && c.withdrawnAt === null;
            return (
              <li key={purpose} className="consent-row" data-purpose={purpose}>
                <div>
                  <strong>{PURPOSE[purpose].title}</strong>
                  <p className="muted small">{PURPOSE[purpose].what}</p>
                  <p className="small">
                    {inForce
                      ? `Given on ${formatDate(c.date)}`
                      : c?.withdrawnAt
                        ? `Withdrawn on ${formatDate(c.withdrawnAt)}`
                        : c && !c.granted
                          ? "Not given"
                          : "Not asked yet"}
                  </p>
                </div>
                {inForce ? (
                  <button
                    type="button"
                    className="button--secondary button--small"
                    disabled={busy === purpose}
                    onClick={() => void act(purpose, () => api.withdrawOwnConsent(clientId, c.id))}
                    aria-label={`Withdraw consent to ${PURPOSE[purpose].title.toLowerCase()}`}
                  >
                    Withdraw
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button--secondary button--small"
                    disabled={busy === purpose}
                    onClick={() => void act(purpose, () => api.giveOwnConsent(clientId, { purpose }))}
                    aria-label={`Give consent to ${PURPOSE[purpose].title.toLowerCase()}`}
                  >
                    Give
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
