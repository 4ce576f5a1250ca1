// The safety flags a client's answers raised (PHQ-9 item 9 above "Not at all"), at the top of the
// client page until the practitioner records how each was followed up. Clear, not alarming.
import { useState, type FormEvent } from "react";
import { ApiError } from "../api/http";
import { api, type Instrument, type TimelineItem } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { formatDate } from "../vocabulary-labels";
import { openFlagItems, raisedFlags } from "./measure-text";
import type { ClientMeasures } from "./use-client-measures";

export function SafetyFlagBanner({ clientName, measures }: { clientName: string; measures: ClientMeasures }) {
  const open = openFlagItems(measures.items ?? []);
  if (open.length === 0) return null;
  return (
    <div className="stack-sm">
      {open.map((item) => (
        <FlagNotice
          key={item.response.id}
          clientName={clientName}
          instrument={measures.instruments?.find((i) => i.id === item.response.instrument)}
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
  return (
    <section className="safety-flag" aria-labelledby={titleId} data-response-id={response.id}>
      <span className="safety-flag__mark" aria-hidden="true" />
      <div className="safety-flag__body">
        <h2 id={titleId}>A {name} answer to follow up</h2>
        {raisedFlags(props.instrument, response).map((f) => (
          <p key={f.id}>
            On {formatDate(response.date)} {firstName} answered item {f.item}
            {f.itemText !== `Item ${f.item}` && <> — “{f.itemText}” —</>} with <strong>“{f.answer}”</strong>.
          </p>
        ))}
        <p className="safety-flag__why">
          Any answer above “Not at all” raises this flag, whatever the total. It stays here until you record
          how you followed it up.
        </p>
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
