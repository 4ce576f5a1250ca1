// The flags a client's answers raised (PHQ-9 item 9 above "Not at all" or left blank, the WHO-5
// screens), at the top of the client page until the practitioner records how each was followed up.
// Graded by urgency ("several days" is not "nearly every day"), most urgent first; clear, not alarming.
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/http";
import { api, type Instrument, type TimelineItem } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { formatDate } from "../vocabulary-labels";
import {
  flagSummary,
  highestUrgency,
  openFlagItems,
  raisedFlags,
  URGENCY_LABEL,
  URGENCY_RANK,
  type RaisedFlag,
} from "./measure-text";
import type { ClientMeasures } from "./use-client-measures";

export function SafetyFlagBanner({ clientName, measures }: { clientName: string; measures: ClientMeasures }) {
  const instrumentOf = (item: TimelineItem) =>
    measures.instruments?.find((i) => i.id === item.response.instrument);
  const rank = (item: TimelineItem) => {
    const top = highestUrgency(raisedFlags(instrumentOf(item), item.response));
    return top === null ? -1 : URGENCY_RANK[top];
  };
  // Most urgent response first; equal urgency keeps the timeline's order.
  const open = openFlagItems(measures.items ?? [])
    .map((item, i) => ({ item, i, rank: rank(item) }))
    .sort((a, b) => b.rank - a.rank || a.i - b.i)
    .map((x) => x.item);
  if (open.length === 0) return null;
  return (
    <div className="stack-sm">
      {open.map((item) => (
        <FlagNotice
          key={item.response.id}
          clientName={clientName}
          instrument={instrumentOf(item)}
          item={item}
          onFollowedUp={measures.reload}
        />
      ))}
    </div>
  );
}

function FlagNotice(props: {
  clientName: string;
  instrument: Instrument | undefined;
  item: TimelineItem;
  onFollowedUp: () => void;
}) {
  const { response } = props.item;
  const [recording, setRecording] = useState(false);
  const name = props.instrument?.shortTitle ?? response.instrument;
  const titleId = `flag-${response.id}-title`;
  const firstName = props.clientName.split(/\s+/)[0] || props.clientName;
  const flags = raisedFlags(props.instrument, response);
  const urgency = highestUrgency(flags);
  return (
    <section
      className={`safety-flag${urgency ? ` safety-flag--${urgency}` : ""}`}
      aria-labelledby={titleId}
      data-response-id={response.id}
      data-urgency={urgency ?? undefined}
    >
      <span className="safety-flag__mark" aria-hidden="true" />
      <div className="safety-flag__body">
        <h2 id={titleId}>
          {urgency && <span className="safety-flag__urgency">{URGENCY_LABEL[urgency]}: </span>}A {name} answer
          to follow up
        </h2>
        {flags.map((f) => (
          <FlagLine key={f.id} flag={f} date={formatDate(response.date)} firstName={firstName} />
        ))}
        <p className="safety-flag__why">It stays here until you record how you followed it up.</p>
        {recording ? (
          <FollowUpForm
            responseId={response.id}
            onDone={props.onFollowedUp}
            onCancel={() => setRecording(false)}
          />
        ) : (
          <div className="actions">
            <button type="button" className="button--secondary" onClick={() => setRecording(true)}>
              Record the follow-up
            </button>
          </div>
        )}
      </div>
    </section>
  );
}

/** What the client answered, what it means, and what to do, for one raised flag. */
function FlagLine({ flag: f, date, firstName }: { flag: RaisedFlag; date: string; firstName: string }) {
  const wording = f.item !== null && f.itemText !== `Item ${f.item}` && f.itemText !== "";
  const onOneItem = f.kind === "answer-at-least" || f.kind === "unanswered";
  return (
    <div className="safety-flag__flag" data-flag={f.id} data-urgency={f.urgency ?? undefined}>
      {onOneItem ? (
        <p>
          On {date} {firstName} {f.kind === "unanswered" ? "left" : "answered"} item {f.item}
          {wording && <> — “{f.itemText}” —</>}{" "}
          {f.kind === "unanswered" ? (
            <strong>blank</strong>
          ) : (
            <>
              with <strong>“{f.answer}”</strong>
            </>
          )}
          .
        </p>
      ) : (
        <p>
          On {date}: {f.meaning || flagSummary(f)}
        </p>
      )}
      {onOneItem && f.meaning && <p className="safety-flag__meaning">{f.meaning}</p>}
      {f.followUp && (
        <p className="safety-flag__follow-up">
          <strong>What to do:</strong> {f.followUp}
        </p>
      )}
    </div>
  );
}

function FollowUpForm(props: { responseId: string; onDone: () => void; onCancel: () => void }) {
  const [note, setNote] = useState("");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await api.recordFollowUp(props.responseId, { note });
      props.onDone();
    } catch (err) {
      // Someone else recorded it meanwhile: the flag is settled, so show the record as it is now.
      if (err instanceof ApiError && err.status === 409) props.onDone();
      else setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="stack-sm safety-flag__form"
      onSubmit={submit}
      noValidate
      aria-label="Record the follow-up"
    >
      <FormProblems error={error} />
      <Field
        label="How you followed it up"
        path="note"
        error={errorAt(errors, "note")}
        hint="For example: spoke by phone the same day; no current intent; safety plan agreed."
      >
        {(a) => <textarea {...a} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Saving…" : "Save the follow-up"}
        </button>
        <button type="button" className="button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
