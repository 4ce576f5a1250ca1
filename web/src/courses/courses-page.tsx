// A client's courses of treatment: open one with its intention and planned number of sessions,
// edit it, close it when it ends (or reopen it). New sessions join the open course by default.
import { useState } from "react";
import type { Client, Course } from "../../../src/domain";
import { ApiError } from "../api/http";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { LoadProblem } from "../components/load-problem";
import { errorAt, fieldErrorsOf } from "../form-errors";
import { hrefFor } from "../routing";
import { useLoad } from "../use-load";
import { formatDate, todayIso } from "../vocabulary-labels";
import "./courses.css";

export const coursesHref = (clientId: string) => `#/clients/${encodeURIComponent(clientId)}/courses`;

export function CoursesPage({ clientId }: { clientId: string }) {
  const client = useLoad(() => api.getClient(clientId), [clientId]);
  const courses = useLoad(() => api.listCourses(clientId).then((r) => r.items), [clientId]);
  const problem = client.error ?? courses.error;
  if (problem)
    return <LoadProblem error={problem} onRetry={() => [client, courses].forEach((l) => l.reload())} />;
  if (!client.data || !courses.data) return <p className="page-status">Loading…</p>;
  const replace = (c: Course) => courses.setData((list) => (list ?? []).map((x) => (x.id === c.id ? c : x)));
  return (
    <CoursesView
      client={client.data}
      courses={courses.data}
      onCreated={(c) => courses.setData((list) => [...(list ?? []), c])}
      onChanged={replace}
    />
  );
}

function CoursesView(props: {
  client: Client;
  courses: Course[];
  onCreated: (c: Course) => void;
  onChanged: (c: Course) => void;
}) {
  const { client, courses } = props;
  const [adding, setAdding] = useState(courses.length === 0);
  const open = courses.filter((c) => c.endDate === null);
  return (
    <section className="stack-lg courses-page" aria-labelledby="courses-title">
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={hrefFor.clients()}>Clients</a> <span aria-hidden="true">›</span>{" "}
        <a href={hrefFor.client(client.id)}>{client.name}</a>
      </nav>
      <div className="page-head">
        <h1 id="courses-title">Courses of treatment</h1>
        {!adding && (
          <button type="button" className="button--primary" onClick={() => setAdding(true)}>
            Open a course
          </button>
        )}
      </div>
      <p className="muted">
        A course gathers sessions around one intention. Sessions are numbered across all of {client.name}’s
        courses; each course also counts its own. A new session joins the open course unless you choose
        otherwise.
      </p>
      {adding && (
        <CourseForm
          title="Open a course"
          initial={{ intention: "", startDate: todayIso(), endDate: null, plannedSessions: null }}
          note={
            open.length > 0 ? "Another course is still open; close it below if this one replaces it." : null
          }
          onCancel={courses.length > 0 ? () => setAdding(false) : null}
          save={async (body) => {
            const c = await api.createCourse(client.id, body);
            props.onCreated(c);
            setAdding(false);
          }}
        />
      )}
      {courses.length === 0 && !adding && <p className="muted">No courses yet.</p>}
      <ol className="course-list stack">
        {[...courses].reverse().map((c) => (
          <CourseCard key={c.id} course={c} onChanged={props.onChanged} />
        ))}
      </ol>
    </section>
  );
}

type CourseBody = {
  intention: string;
  startDate: string;
  endDate: string | null;
  plannedSessions: number | null;
};

function CourseCard({ course: c, onChanged }: { course: Course; onChanged: (c: Course) => void }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const body = (changes: Partial<CourseBody> = {}) => ({
    intention: c.intention,
    startDate: c.startDate,
    endDate: c.endDate,
    plannedSessions: c.plannedSessions,
    ...changes,
    version: c.version,
  });
  const update = async (changes: Partial<CourseBody>) => {
    try {
      onChanged(await api.updateCourse(c.id, body(changes)));
      setError(undefined);
    } catch (err) {
      const current =
        err instanceof ApiError && err.status === 409 ? (err.body as { current?: Course }).current : null;
      if (current) {
        onChanged(current);
        setError(new Error("Someone changed this course meanwhile; it is shown as it is now. Try again."));
      } else setError(err);
      throw err;
    }
  };
  const closed = c.endDate !== null;
  return (
    <li className="card stack-sm course" data-course-open={!closed}>
      <div className="section-head">
        <h2>{c.intention || "Course without a stated intention"}</h2>
        <span className={`badge ${closed ? "badge--signed" : "badge--open"}`}>
          {closed ? "closed" : "open"}
        </span>
      </div>
      <p className="muted">
        From {formatDate(c.startDate)}
        {closed ? ` to ${formatDate(c.endDate)}` : ""} ·{" "}
        <span className="course__count">
          {c.sessionCount} {c.plannedSessions ? `of ${c.plannedSessions} planned ` : ""}
          {c.sessionCount === 1 && !c.plannedSessions ? "session" : "sessions"}
        </span>
      </p>
      <FormProblems error={error} />
      {editing ? (
        <CourseForm
          title={`Edit the course from ${formatDate(c.startDate)}`}
          initial={body()}
          note={null}
          onCancel={() => setEditing(false)}
          save={async (b) => {
            await update(b);
            setEditing(false);
          }}
        />
      ) : (
        <div className="row-actions">
          <button type="button" className="button--secondary button--small" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button
            type="button"
            className="button--quiet button--small"
            onClick={() => void update({ endDate: closed ? null : todayIso() }).catch(() => undefined)}
          >
            {closed ? "Reopen" : "Close the course"}
          </button>
        </div>
      )}
    </li>
  );
}

function CourseForm(props: {
  title: string;
  initial: CourseBody;
  note: string | null;
  onCancel: (() => void) | null;
  save: (body: CourseBody) => Promise<void>;
}) {
  const [form, setForm] = useState(props.initial);
  const [planned, setPlanned] = useState(props.initial.plannedSessions?.toString() ?? "");
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const errors = fieldErrorsOf(error);
  return (
    <form
      className="card stack"
      aria-label={props.title}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        props
          .save({ ...form, plannedSessions: planned.trim() === "" ? null : Number(planned) })
          .then(
            () => setError(undefined),
            (err: unknown) => setError(err),
          )
          .finally(() => setBusy(false));
      }}
    >
      <h2>{props.title}</h2>
      {props.note && <p className="notice notice--quiet">{props.note}</p>}
      <FormProblems error={error} />
      <Field label="Intention" path="intention" error={errorAt(errors, "intention")}>
        {(a) => (
          <textarea
            {...a}
            rows={2}
            value={form.intention}
            onChange={(e) => setForm({ ...form, intention: e.target.value })}
          />
        )}
      </Field>
      <div className="grid grid--4">
        <Field label="Starts" path="startDate" error={errorAt(errors, "startDate")}>
          {(a) => (
            <input
              {...a}
              type="date"
              value={form.startDate}
              onChange={(e) => setForm({ ...form, startDate: e.target.value })}
            />
          )}
        </Field>
        <Field label="Planned sessions" path="plannedSessions" error={errorAt(errors, "plannedSessions")}>
          {(a) => (
            <input
              {...a}
              type="number"
              min={1}
              inputMode="numeric"
              value={planned}
              onChange={(e) => setPlanned(e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="row-actions">
        <button type="submit" className="button--primary" disabled={busy}>
          Save the course
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
