// The client record: identity, contact, presenting concerns in the client's own words, holistic factors.
import { useState, type FormEvent } from "react";
import type { ConcernCategory } from "../../../src/domain";
import { CONCERN_CATEGORIES } from "../../../src/domain/vocabulary";
import type { ClientBody } from "../api/tessera-api";
import { Field } from "./field";
import { FormProblems } from "./form-problems";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { CONCERN_LABEL } from "../vocabulary-labels";

export function emptyClient(): ClientBody {
  return {
    name: "",
    dateOfBirth: null,
    pronouns: "",
    contact: { email: "", phone: "", address: "" },
    presentingConcerns: [],
    holisticFactors: { personal: "", environmental: "" },
    status: "active",
  };
}

export function ClientForm(props: {
  initial: ClientBody;
  submitLabel: string;
  onSubmit: (client: ClientBody) => Promise<void>;
  onCancel?: () => void;
}) {
  const [client, setClient] = useState<ClientBody>(props.initial);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const patch = (p: Partial<ClientBody>) => setClient((c) => ({ ...c, ...p }));
  const setConcern = (i: number, p: Partial<ClientBody["presentingConcerns"][number]>) =>
    patch({ presentingConcerns: client.presentingConcerns.map((c, j) => (j === i ? { ...c, ...p } : c)) });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await props.onSubmit(client);
      setError(undefined);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate aria-label={props.submitLabel}>
      <FormProblems error={error} />
      <div className="grid grid--3">
        <Field label="Name" path="name" error={errorAt(errors, "name")} className="span-2">
          {(a) => <input {...a} value={client.name} onChange={(e) => patch({ name: e.target.value })} />}
        </Field>
        <Field label="Pronouns" path="pronouns" error={errorAt(errors, "pronouns")}>
          {(a) => (
            <input
              {...a}
              value={client.pronouns}
              placeholder="she/her"
              onChange={(e) => patch({ pronouns: e.target.value })}
            />
          )}
        </Field>
        <Field label="Date of birth" path="dateOfBirth" error={errorAt(errors, "dateOfBirth")}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={client.dateOfBirth ?? ""}
              onChange={(e) => patch({ dateOfBirth: e.target.value || null })}
            />
          )}
        </Field>
        <Field label="Email" path="contact.email" error={errorAt(errors, "contact.email")}>
          {(a) => (
            <input
              {...a}
              type="email"
              value={client.contact.email}
              onChange={(e) => patch({ contact: { ...client.contact, email: e.target.value } })}
            />
          )}
        </Field>
        <Field label="Phone" path="contact.phone" error={errorAt(errors, "contact.phone")}>
          {(a) => (
            <input
              {...a}
              type="tel"
              value={client.contact.phone}
              onChange={(e) => patch({ contact: { ...client.contact, phone: e.target.value } })}
            />
          )}
        </Field>
        <Field
          label="Address"
          path="contact.address"
          error={errorAt(errors, "contact.address")}
          className="span-3"
        >
          {(a) => (
            <input
              {...a}
              value={client.contact.address}
              onChange={(e) => patch({ contact: { ...client.contact, address: e.target.value } })}
            />
          )}
        </Field>
      </div>

      <fieldset className="fieldset">
        <legend>Presenting concerns</legend>
        {client.presentingConcerns.length === 0 && <p className="muted">None recorded yet.</p>}
        {client.presentingConcerns.map((concern, i) => (
          <div className="concern-row" key={i}>
            <Field
              label="Category"
              path={`presentingConcerns.${i}.category`}
              error={errorAt(errors, `presentingConcerns.${i}.category`)}
            >
              {(a) => (
                <select
                  {...a}
                  value={concern.category}
                  onChange={(e) => setConcern(i, { category: e.target.value as ConcernCategory })}
                >
                  {CONCERN_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {CONCERN_LABEL[c]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label="In the client’s own words"
              path={`presentingConcerns.${i}.description`}
              error={errorAt(errors, `presentingConcerns.${i}.description`)}
              className="grow"
            >
              {(a) => (
                <input
                  {...a}
                  value={concern.description}
                  onChange={(e) => setConcern(i, { description: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="button--quiet remove"
              aria-label={`Remove concern ${i + 1}`}
              onClick={() =>
                patch({ presentingConcerns: client.presentingConcerns.filter((_, j) => j !== i) })
              }
            >
              Remove
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button--secondary"
          onClick={() =>
            patch({
              presentingConcerns: [...client.presentingConcerns, { category: "stress", description: "" }],
            })
          }
        >
          Add a concern
        </button>
      </fieldset>

      <fieldset className="fieldset">
        <legend>Holistic factors</legend>
        <div className="grid grid--2">
          <Field
            label="Personal"
            path="holisticFactors.personal"
            error={errorAt(errors, "holisticFactors.personal")}
            hint="Constitution, history, habits, beliefs."
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                value={client.holisticFactors.personal}
                onChange={(e) =>
                  patch({ holisticFactors: { ...client.holisticFactors, personal: e.target.value } })
                }
              />
            )}
          </Field>
          <Field
            label="Environmental"
            path="holisticFactors.environmental"
            error={errorAt(errors, "holisticFactors.environmental")}
            hint="Home, work, relationships, surroundings."
          >
            {(a) => (
              <textarea
                {...a}
                rows={3}
                value={client.holisticFactors.environmental}
                onChange={(e) =>
                  patch({ holisticFactors: { ...client.holisticFactors, environmental: e.target.value } })
                }
              />
            )}
          </Field>
        </div>
      </fieldset>

      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Saving…" : props.submitLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button--quiet" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
