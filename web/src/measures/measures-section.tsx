// The client page's "Outcome measures": a card per instrument the client has answered, the form to
// record a questionnaire, what the last one scored, and the CSV download of the client's responses.
import { useState } from "react";
import type { SessionRef } from "../../../src/domain";
import { api, type ScoredResponse, type TimelineItem } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { InstrumentCard } from "./instrument-card";
import { ResponseForm } from "./response-form";
import { SavedScore } from "./saved-score";
import type { ClientMeasures } from "./use-client-measures";

export function MeasuresSection(props: {
  clientId: string;
  measures: ClientMeasures;
  sessions: readonly SessionRef[] | undefined;
}) {
  const { measures } = props;
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<ScoredResponse | null>(null);
  const instruments = measures.instruments ?? [];
  const byInstrument = new Map<string, TimelineItem[]>();
  for (const item of measures.items ?? []) {
    const list = byInstrument.get(item.response.instrument) ?? [];
    list.push(item);
    byInstrument.set(item.response.instrument, list);
  }
  // In the catalogue's order; responses are grouped by the instrument they answer.
  const answered = instruments.filter((i) => byInstrument.has(i.id));

  return (
    <section className="card stack measures" aria-labelledby="measures-title">
      <div className="section-head">
        <h2 id="measures-title">Outcome measures</h2>
        <div className="actions">
          {(measures.items?.length ?? 0) > 0 && (
            <a
              className="button button--quiet button--small"
              href={api.clientMeasuresCsvHref(props.clientId)}
              download
            >
              Download CSV
            </a>
          )}
          {!adding && measures.instruments && (
            <button
              type="button"
              className="button--secondary button--small"
              onClick={() => {
                setAdding(true);
                setSaved(null);
              }}
            >
              Record a questionnaire
            </button>
          )}
        </div>
      </div>
      <LoadProblem error={measures.error} onRetry={measures.reload} />

      {adding && (
        <ResponseForm
          clientId={props.clientId}
          instruments={instruments}
          onCancel={() => setAdding(false)}
          onSaved={(result) => {
            setAdding(false);
            setSaved(result);
            measures.reload();
          }}
        />
      )}
      {saved && (
        <SavedScore
          instrument={instruments.find((i) => i.id === saved.response.instrument)}
          saved={saved}
          onClose={() => setSaved(null)}
        />
      )}

      {measures.items && measures.items.length === 0 && !adding && (
        <p className="muted">
          No questionnaires recorded yet.{" "}
          {instruments.length > 0 &&
            `${instruments.map((i) => i.shortTitle).join(", ")}: record one to follow it over the sessions.`}
        </p>
      )}
      {answered.map((instrument) => (
        <InstrumentCard
          key={instrument.id}
          instrument={instrument}
          items={byInstrument.get(instrument.id)!}
          sessions={props.sessions ?? []}
        />
      ))}
    </section>
  );
}
