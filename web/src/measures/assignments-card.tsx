// Questionnaires sent to the client's portal: assign one once, before every session, or every N
// weeks; see what is due or overdue; stop sending one.
import { useState, type FormEvent } from "react";
import type { QuestionnaireAssignment, QuestionnaireSchedule } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { LoadProblem } from "../components/load-problem";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { useLoad } from "../use-load";
import { formatDate } from "../vocabulary-labels";

export const SCHEDULE_LABEL: Record<QuestionnaireSchedule, string> = {
  once: "Once",
  "before-each-session": "Before every session",
  "every-n-weeks": "Every few weeks",
};

export function scheduleText(
  a: Pick<QuestionnaireAssignment, "schedule" | "everyWeeks" | "dueDate">,
): string {
  if (a.schedule === "every-n-weeks") return `Every ${a.everyWeeks} week${a.everyWeeks === 1 ? "" : "s"}`;
  if (a.schedule === "once" && a.dueDate) return `Once, by ${formatDate(a.dueDate)}`;
  return SCHEDULE_LABEL[a.schedule];
}

function statusText(a: QuestionnaireAssignment): string {
  if (!a.due) return "answered";
  if (a.due.overdue) return `overdue since ${formatDate(a.due.dueBy ?? a.due.dueFrom)}`;
  return a.due.dueBy ? `due by ${formatDate(a.due.dueBy)}` : "due";
}

export function AssignmentsCard({ clientId }: { clientId: string }) {
  const list = useLoad(() => api.listQuestionnaireAssignments(clientId).then((r) => r.items), [clientId]);
  const instruments = useLoad(() => api.listInstruments().then((r) => r.items), []);
  const [instrument, setInstrument] = useState("phq9");
  const [schedule, setSchedule] = useState<QuestionnaireSchedule>("before-each-session");
  const [everyWeeks, setEveryWeeks] = useState("4");
  const [dueDate, setDueDate] = useState("");
  const [shareScores, setShareScores] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const title = (id: string) => instruments.data?.find((i) => i.id === id)?.shortTitle ?? id;

  const assign = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.createQuestionnaireAssignment(clientId, {
        instrument,
        schedule,
        everyWeeks: schedule === "every-n-weeks" ? Number(everyWeeks) : null,
        dueDate: schedule === "once" && dueDate ? dueDate : null,
        shareScores,
      });
      list.reload();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card stack" aria-labelledby="assignments-title">
      <h2 id="assignments-title">Questionnaires sent to the portal</h2>
      <LoadProblem error={list.error} onRetry={list.reload} />
      {list.data && list.data.length === 0 && <p className="muted">None sent.</p>}
      {list.data && list.data.length > 0 && (
        <ul className="plain-list stack-sm" aria-label="Questionnaires sent">
          {list.data.map((a) => (
            <li key={a.id} data-assignment={a.id} data-overdue={a.due?.overdue ?? false}>
              <strong>{title(a.instrument)}</strong> · {scheduleText(a)} ·{" "}
              <span className={a.due?.overdue ? "tag" : "tag tag--quiet"}>{statusText(a)}</span>
              {a.shareScores && <span className="muted small"> · chart shown to the client</span>}{" "}
              <button
                type="button"
                className="button--quiet button--small"
                onClick={() => void api.endQuestionnaireAssignment(a.id).then(list.reload, setError)}
              >
                Stop sending
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="stack-sm" onSubmit={assign} noValidate aria-label="Send a questionnaire">
        <FormProblems error={error} />
        <div className="grid grid--2">
          <Field label="Questionnaire to send" path="instrument" error={errorAt(errors, "instrument")}>
            {(a) => (
              <select {...a} value={instrument} onChange={(e) => setInstrument(e.target.value)}>
                {(instruments.data ?? []).map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.shortTitle}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="When" path="schedule" error={errorAt(errors, "schedule")}>
            {(a) => (
              <select
                {...a}
                value={schedule}
                onChange={(e) => setSchedule(e.target.value as QuestionnaireSchedule)}
              >
                {Object.entries(SCHEDULE_LABEL).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {schedule === "every-n-weeks" && (
          <Field label="Every how many weeks" path="everyWeeks" error={errorAt(errors, "everyWeeks")}>
            {(a) => (
              <input
                {...a}
                type="number"
                min={1}
                max={52}
                value={everyWeeks}
                onChange={(e) => setEveryWeeks(e.target.value)}
              />
            )}
          </Field>
        )}
        {schedule === "once" && (
          <Field label="Answer by (optional)" path="dueDate" error={errorAt(errors, "dueDate")}>
            {(a) => <input {...a} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />}
          </Field>
        )}
        <label className="check">
          <input type="checkbox" checked={shareScores} onChange={(e) => setShareScores(e.target.checked)} />
          Show the client their chart of it in the portal
        </label>
        <button type="submit" className="button--secondary" disabled={busy}>
          {busy ? "Sending…" : "Send the questionnaire"}
        </button>
      </form>
    </section>
  );
}
