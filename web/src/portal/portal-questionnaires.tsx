// Questionnaires the practitioner sent, with when each is due; the client answers one here. A
// PHQ-9 answer above "Not at all" on item 9 shows the practice's crisis text at once.
import { useState, type FormEvent } from "react";
import type { QuestionnaireAssignment } from "../../../src/domain";
import { api, type Instrument, type ScoredResponse } from "../api/tessera-api";
import { FormProblems } from "../components/form-problems";
import { LoadProblem } from "../components/load-problem";
import { useLoad } from "../use-load";
import { formatDate, todayIso } from "../vocabulary-labels";
import { CrisisNotice } from "./crisis-notice";
import { PortalCharts } from "./portal-charts";

/** The flag whose answer shows the crisis text to the client at once. */
const CRISIS_FLAG = "phq9-item9";

function dueText(a: QuestionnaireAssignment): string {
  if (!a.due) return "";
  if (a.due.dueBy) return `${a.due.overdue ? "Was due" : "Please answer by"} ${formatDate(a.due.dueBy)}`;
  return a.schedule === "before-each-session"
    ? "Please answer before your next session"
    : "Please answer soon";
}

export function PortalQuestionnaires({ clientId }: { clientId: string }) {
  const assignments = useLoad(
    () => api.listQuestionnaireAssignments(clientId).then((r) => r.items),
    [clientId],
  );
  const instruments = useLoad(() => api.listInstruments().then((r) => r.items), []);
  const [answering, setAnswering] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ result: ScoredResponse; crisis: string | null } | null>(null);
  const [chartsVersion, setChartsVersion] = useState(0);

  const due = (assignments.data ?? []).filter((a) => a.due !== null);
  const instrumentOf = (id: string) => instruments.data?.find((i) => i.id === id);

  const onSaved = async (result: ScoredResponse) => {
    setAnswering(null);
    const raised = result.score?.raisedFlags.some((f) => f.id === CRISIS_FLAG) ?? false;
    const crisis = raised ? (await api.getCrisisText(clientId)).text : null;
    setSaved({ result, crisis });
    assignments.reload();
    setChartsVersion((n) => n + 1);
  };

  return (
    <section className="card stack portal-section" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">Questionnaires</h2>
      <LoadProblem error={assignments.error ?? instruments.error} onRetry={assignments.reload} />
      {saved && (
        <div className="stack-sm">
          <p role="status" className="notice notice--quiet">
            Thank you: your {instrumentOf(saved.result.response.instrument)?.shortTitle ?? "answers"} of{" "}
            {formatDate(saved.result.response.date)} reached your practitioner.
          </p>
          {saved.crisis !== null && <CrisisNotice text={saved.crisis} />}
        </div>
      )}
      {assignments.data && due.length === 0 && <p className="muted">Nothing to answer just now.</p>}
      {due.length > 0 && (
        <ul className="plain-list stack-sm" aria-label="Due questionnaires">
          {due.map((a) => {
            const instrument = instrumentOf(a.instrument);
            return (
              <li key={a.id} className="due-item" data-instrument={a.instrument}>
                <div className="due-item__head">
                  <strong>{instrument?.title ?? a.instrument}</strong>
                  <span className={a.due?.overdue ? "tag" : "tag tag--quiet"}>{dueText(a)}</span>
                </div>
                {answering === a.id && instrument ? (
                  <AnswerForm
                    clientId={clientId}
                    instrument={instrument}
                    onSaved={(r) => void onSaved(r)}
                    onCancel={() => setAnswering(null)}
                  />
                ) : (
                  <button type="button" className="button--primary" onClick={() => setAnswering(a.id)}>
                    Answer {instrument?.shortTitle ?? "now"}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <PortalCharts
        key={chartsVersion}
        clientId={clientId}
        shared={(assignments.data ?? []).filter((a) => a.shareScores).map((a) => a.instrument)}
        instruments={instruments.data ?? []}
      />
    </section>
  );
}

function AnswerForm(props: {
  clientId: string;
  instrument: Instrument;
  onSaved: (r: ScoredResponse) => void;
  onCancel: () => void;
}) {
  const { instrument } = props;
  const [answers, setAnswers] = useState<(number | null)[]>(instrument.items.map(() => null));
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const missing = instrument.items.filter((i) => !i.optional && answers[i.number - 1] == null).length;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const result = await api.createMeasureResponse(props.clientId, {
        instrument: instrument.id,
        date: todayIso(),
        answers,
      });
      props.onSaved(result);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="stack-sm portal-answer"
      onSubmit={submit}
      noValidate
      aria-label={`Answer ${instrument.shortTitle}`}
    >
      <FormProblems error={error} />
      <p className="small">{instrument.recallPeriod.text}</p>
      <ol className="measure-items">
        {instrument.items.map((item) => (
          <li key={item.number}>
            <fieldset className="measure-item" data-item={item.number}>
              <legend>
                <span className="measure-item__number">{item.number}.</span>{" "}
                {item.text ?? `Item ${item.number}`}
              </legend>
              <div className="measure-item__options portal-options">
                {instrument.options.map((o) => (
                  <label key={o.value} className="portal-option">
                    <input
                      type="radio"
                      name={`${instrument.id}-${item.number}`}
                      value={o.value}
                      checked={answers[item.number - 1] === o.value}
                      onChange={() =>
                        setAnswers((prev) => prev.map((v, i) => (i === item.number - 1 ? o.value : v)))
                      }
                    />
                    {o.label ?? String(o.value)}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {missing > 0 && (
        <p className="muted small">
          {missing} question{missing === 1 ? "" : "s"} not answered yet; you may leave one blank if you
          prefer.
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Sending…" : "Send my answers"}
        </button>
        <button type="button" className="button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
