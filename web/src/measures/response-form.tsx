// Recording a questionnaire for a client: the instrument, the date, then each item with its
// answers (item wording where the licence allows it, otherwise "Item N" and where the licensed form
// comes from). An item may stay unanswered; the form says what that means before saving.
import { useId, useState, type FormEvent } from "react";
import { ApiError } from "../api/http";
import { api, type Instrument, type ScoredResponse } from "../api/tessera-api";
import { Field, FieldError } from "../components/field";
import { errorAt, fieldErrorsOf, normalisePath } from "../form-errors";
import { todayIso } from "../vocabulary-labels";
import { itemList, PROFILE_LABEL_ITEMS } from "./measure-text";
import { formatQuickEntry, parseQuickEntry } from "./quick-entry";

/** The patient-generated measure whose concerns and activity the client names in their own words. */
const NAMED_BY_CLIENT = "symptom-profile";

export function ResponseForm(props: {
  clientId: string;
  instruments: readonly Instrument[];
  onSaved: (saved: ScoredResponse) => void;
  onCancel: () => void;
}) {
  const formId = useId();
  const [instrumentId, setInstrumentId] = useState("");
  const [date, setDate] = useState(todayIso());
  const [answers, setAnswers] = useState<(number | null)[]>([]);
  const [labels, setLabels] = useState(["", "", ""]);
  const [quick, setQuick] = useState("");
  const [quickProblem, setQuickProblem] = useState<string | undefined>(undefined);
  const [confirmMissing, setConfirmMissing] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const instrument = props.instruments.find((i) => i.id === instrumentId);
  const errors = fieldErrorsOf(error);
  const missing = instrument
    ? instrument.items.filter((i) => !i.optional && answers[i.number - 1] == null).map((i) => i.number)
    : [];

  const choose = (id: string) => {
    const next = props.instruments.find((i) => i.id === id);
    setInstrumentId(id);
    setAnswers(next ? next.items.map(() => null) : []);
    setLabels(["", "", ""]);
    setQuick("");
    setQuickProblem(undefined);
    setConfirmMissing(false);
    setError(undefined);
  };
  const answer = (index: number, value: number | null) => {
    const next = answers.map((a, i) => (i === index ? value : a));
    setAnswers(next);
    setQuick(formatQuickEntry(next));
    setQuickProblem(undefined);
  };
  const typeQuick = (text: string) => {
    setQuick(text);
    if (!instrument) return;
    const parsed = parseQuickEntry(text, instrument.items.length);
    if ("problem" in parsed) setQuickProblem(parsed.problem);
    else {
      setQuickProblem(undefined);
      setAnswers(parsed.answers);
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!instrument || quickProblem) return;
    if (missing.length > 0 && !confirmMissing) {
      setConfirmMissing(true);
      return;
    }
    setBusy(true);
    try {
      const named = instrument.id === NAMED_BY_CLIENT ? labels.map((l) => l.trim()) : [];
      const saved = await api.createMeasureResponse(props.clientId, {
        instrument: instrument.id,
        date,
        answers,
        labels: named.some((l) => l !== "") ? named : [],
      });
      props.onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const textsWithheld = instrument?.items.some((i) => i.text === null);
  return (
    <form
      className="stack measure-form subtle-box"
      onSubmit={submit}
      noValidate
      aria-label="Record a questionnaire"
    >
      <ApiProblems error={error} />
      <div className="grid grid--2">
        <Field label="Questionnaire" path="instrument" error={errorAt(errors, "instrument")}>
          {(a) => (
            <select {...a} value={instrumentId} onChange={(e) => choose(e.target.value)}>
              <option value="">Choose a questionnaire…</option>
              {props.instruments.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.shortTitle} — {i.measures}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Date answered" path="date" error={errorAt(errors, "date")}>
          {(a) => <input {...a} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
      </div>

      {instrument && (
        <>
          <div className="measure-form__intro">
            <p className="measure-form__title">{instrument.title}</p>
            <p className="measure-form__stem">{instrument.recallPeriod.text}</p>
            {textsWithheld && (
              <p className="notice notice--quiet measure-form__source">
                The wording of these items is not shown in Tessera because of its licence. Read each item from
                the licensed form: {instrument.itemTextSource}
              </p>
            )}
          </div>

          <Field
            label="Quick entry"
            path="answers"
            error={quickProblem ?? errors.get("answers")}
            hint="Answers in item order, separated by commas; leave a slot empty for an unanswered item (2,1,,3)."
          >
            {(a) => (
              <input
                {...a}
                inputMode="numeric"
                autoComplete="off"
                value={quick}
                onChange={(e) => typeQuick(e.target.value)}
              />
            )}
          </Field>

          <ol className="measure-items">
            {instrument.items.map((item, index) => {
              const value = answers[index] ?? null;
              const path = `answers.${index}`;
              const message = errors.get(path);
              const errorId = message ? `${formId}-item-${item.number}-error` : undefined;
              const unanswered = confirmMissing && missing.includes(item.number);
              const named = instrument.id === NAMED_BY_CLIENT ? PROFILE_LABEL_ITEMS[item.number] : undefined;
              return (
                <li key={item.id}>
                  <fieldset
                    className={`measure-item${message ? " measure-item--invalid" : ""}${
                      unanswered ? " measure-item--unanswered" : ""
                    }`}
                    data-item={item.number}
                    aria-describedby={errorId}
                  >
                    <legend>
                      <span className="measure-item__number">{item.number}.</span>{" "}
                      {item.text ?? `Item ${item.number}`}
                      {item.optional && <span className="muted"> (optional)</span>}
                    </legend>
                    {value !== null && (
                      <button
                        type="button"
                        className="button--quiet button--small measure-item__clear"
                        aria-label={`Clear the answer to item ${item.number}`}
                        onClick={() => answer(index, null)}
                      >
                        Clear
                      </button>
                    )}
                    {named && (
                      <Field
                        label={named.label}
                        path={`labels.${named.index}`}
                        error={errorAt(errors, `labels.${named.index}`)}
                        className="measure-item__label"
                      >
                        {(a) => (
                          <input
                            {...a}
                            maxLength={120}
                            value={labels[named.index]}
                            onChange={(e) =>
                              setLabels(labels.map((l, i) => (i === named.index ? e.target.value : l)))
                            }
                          />
                        )}
                      </Field>
                    )}
                    <div className="measure-item__options">
                      {instrument.options.map((o) => (
                        <label
                          key={o.value}
                          className={`option-chip${value === o.value ? " option-chip--on" : ""}`}
                        >
                          <input
                            type="radio"
                            name={`${formId}-item-${item.number}`}
                            value={o.value}
                            checked={value === o.value}
                            aria-invalid={message ? true : undefined}
                            onChange={() => answer(index, o.value)}
                          />
                          <span className="option-chip__value">{o.value}</span>{" "}
                          {o.label && <span className="option-chip__label">{o.label}</span>}
                        </label>
                      ))}
                    </div>
                    {value !== null && !instrument.options.some((o) => o.value === value) && (
                      <p className="field__hint">Typed: {value}, which is none of the answers above.</p>
                    )}
                    {unanswered && (
                      <p className="measure-item__missing" data-missing-for={path}>
                        No answer yet.
                      </p>
                    )}
                    <FieldError id={errorId} path={path} message={message} />
                  </fieldset>
                </li>
              );
            })}
          </ol>

          {confirmMissing && missing.length > 0 && (
            <div className="notice measure-form__incomplete" role="status">
              {capitalise(itemList(missing))} {missing.length === 1 ? "has" : "have"} no answer. Without{" "}
              {missing.length === 1 ? "it" : "them"} {instrument.shortTitle} gives no total, so the response
              is kept as incomplete. Answer {missing.length === 1 ? "it" : "them"}, or save as it is.
            </div>
          )}
          <p className="muted small">{instrument.licence.text}</p>
        </>
      )}

      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy || !instrument}>
          {busy ? "Saving…" : confirmMissing && missing.length > 0 ? "Save as incomplete" : "Save response"}
        </button>
        <button type="button" className="button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** The API's refusal above the form: its messages name the item, so they read on their own. */
function ApiProblems({ error }: { error: unknown }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="notice notice--error" role="alert">
      <p>{details.length > 0 ? "Please check the answers marked below." : (error as Error).message}</p>
      {details.length > 0 && (
        <ul className="problem-list">
          {details.map((d, i) => (
            <li key={i}>{readableProblem(d.path, d.message)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A problem read on its own: one about an answer names its 1-based item if the message does not. */
function readableProblem(path: string, message: string): string {
  const item = /^answers\.(\d+)$/.exec(normalisePath(path));
  if (item && !/\bitem \d+/i.test(message)) return `Item ${Number(item[1]) + 1}: ${message}`;
  return capitalise(message);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
