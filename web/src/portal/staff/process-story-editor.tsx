// The practitioner writes the client's process story in plain language (or a session summary),
// starting blank or from a draft assembled from the pieces, and shares it with the client.
import { useState, type FormEvent } from "react";
import type { ProcessStory } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { Field } from "../../components/field";
import { FormProblems } from "../../components/form-problems";
import { LoadProblem } from "../../components/load-problem";
import { errorAt, fieldErrorsOf } from "../../form-errors";
import { useLoad } from "../../use-load";
import { formatDate } from "../../vocabulary-labels";

interface Editing {
  story: ProcessStory | null;
  title: string;
  text: string;
  courseId: string | null;
}

export function ProcessStoryEditor({ clientId }: { clientId: string }) {
  const stories = useLoad(() => api.listProcessStories(clientId).then((r) => r.items), [clientId]);
  const courses = useLoad(() => api.listCourses(clientId).then((r) => r.items), [clientId]);
  // Only to name a summary's session: the light list, not every session with its pieces.
  const sessions = useLoad(() => api.listSessionSummaries(clientId).then((r) => r.items), [clientId]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [error, setError] = useState<unknown>(undefined);

  const startDraft = async (courseId: string | null) => {
    setError(undefined);
    try {
      const draft = await api.draftProcessStory(clientId, courseId ? { courseId } : {});
      setEditing({ story: null, ...draft, courseId });
    } catch (err) {
      setError(err);
    }
  };

  return (
    <section className="card stack" aria-labelledby="story-title">
      <h2 id="story-title">Process story for the client</h2>
      <p className="muted small">
        A plain-language summary the client reads in their portal once you share it.
      </p>
      <LoadProblem error={stories.error} onRetry={stories.reload} />
      <FormProblems error={error} />
      {editing ? (
        <StoryForm
          clientId={clientId}
          editing={editing}
          sessions={(sessions.data ?? []).map((x) => ({
            id: x.id,
            label: `session ${x.number}, ${formatDate(x.date)}`,
          }))}
          onDone={() => {
            setEditing(null);
            stories.reload();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <div className="actions">
          <button type="button" className="button--secondary" onClick={() => void startDraft(null)}>
            Start from a draft
          </button>
          {(courses.data ?? []).map((c) => (
            <button key={c.id} type="button" className="button--quiet" onClick={() => void startDraft(c.id)}>
              Draft for the course of {formatDate(c.startDate)}
            </button>
          ))}
          <button
            type="button"
            className="button--quiet"
            onClick={() => setEditing({ story: null, title: "", text: "", courseId: null })}
          >
            Write from scratch
          </button>
        </div>
      )}
      <ul className="plain-list stack-sm" aria-label="Process stories">
        {(stories.data ?? []).map((s) => (
          <li key={s.id} className="stack-sm">
            <strong>{s.title}</strong>{" "}
            <span className={`tag${s.shared ? "" : " tag--quiet"}`}>
              {s.shared ? `shared ${formatDate(s.sharedAt)}` : "draft, not shared"}
            </span>{" "}
            <button
              type="button"
              className="button--quiet button--small"
              onClick={() => setEditing({ story: s, title: s.title, text: s.text, courseId: s.courseId })}
            >
              Edit
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function StoryForm(props: {
  clientId: string;
  editing: Editing;
  sessions: ReadonlyArray<{ id: string; label: string }>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const [sessionId, setSessionId] = useState(props.editing.story?.sessionId ?? "");
  const [title, setTitle] = useState(props.editing.title);
  const [text, setText] = useState(props.editing.text);
  const [shared, setShared] = useState(props.editing.story?.shared ?? false);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const body = {
        title,
        text,
        courseId: props.editing.courseId,
        sessionId: sessionId || null,
        shared,
      };
      if (props.editing.story) await api.updateProcessStory(props.editing.story.id, body);
      else await api.createProcessStory(props.clientId, body);
      props.onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="stack-sm" onSubmit={submit} noValidate aria-label="Process story">
      <FormProblems error={error} />
      <Field label="Title" path="title" error={errorAt(errors, "title")}>
        {(a) => <input {...a} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label="About" path="sessionId" error={errorAt(errors, "sessionId")}>
        {(a) => (
          <select {...a} value={sessionId} onChange={(e) => setSessionId(e.target.value)}>
            <option value="">The process so far</option>
            {[...props.sessions].reverse().map((x) => (
              <option key={x.id} value={x.id}>
                Summary of {x.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        label="Story"
        path="text"
        error={errorAt(errors, "text")}
        hint="Write to the client, in plain words."
      >
        {(a) => <textarea {...a} rows={10} value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <label className="check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        Share with the client in their portal
      </label>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {busy ? "Saving…" : "Save the story"}
        </button>
        <button type="button" className="button--quiet" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
