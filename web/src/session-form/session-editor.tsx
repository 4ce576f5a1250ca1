// The session form: what was done, what happened, and the pieces that arose; saved as a draft, then
// signed. What is typed is kept as it is typed (use-draft-keeper), a save names the version it
// started from, and a save that meets someone else's newer version opens the conflict dialog.
import { useCallback, useEffect, useMemo, useState } from "react";
import type {
  Character,
  CharacterAspect,
  Client,
  Course,
  PieceKind,
  Session,
  Thread,
  ThreadSummary,
} from "../../../src/domain";
import { PIECE_KINDS } from "../../../src/domain/vocabulary";
import { ApiError } from "../api/http";
import { api } from "../api/tessera-api";
import { Field } from "../components/field";
import { FormProblems } from "../components/form-problems";
import { errorAt, errorsUnder, fieldErrorsOf } from "../form-errors";
import { KIND_STYLE } from "../process/kind-style";
import { hrefFor } from "../routing";
import { openSuggestions, type Suggestion } from "../suggestions/suggestion-state";
import { useSuggestions } from "../suggestions/use-suggestions";
import { loadDismissed, storeDismissed } from "../suggestions/dismissed-store";
import { pieceFromSuggestion } from "./accept-suggestion";
import { NarrativeSection } from "./narrative-section";
import { PieceEditor } from "./piece-editor";
import {
  draftFromSession,
  emptyPiece,
  emptyTechnique,
  toSessionBody,
  type SessionDraft,
  type DraftPiece,
} from "./session-draft";
import { TechniqueEditor } from "./technique-editor";
import { ConflictDialog } from "./conflict-dialog";
import { CourseField, courseLabel } from "./course-field";
import { draftKeyFor, type KeptDraft } from "./kept-draft";
import { LeaveDialog } from "./leave-dialog";
import { copyForward } from "./copy-forward";
import { useDraftKeeper, type KeeperStatus } from "./use-draft-keeper";
import { useLeaveGuard } from "./use-leave-guard";
import { useSaveShortcut } from "./use-save-shortcut";
import { rememberOwnTerms, techniqueNames } from "./technique-vocabulary";
import "./capture.css";

export function SessionEditor(props: {
  client: Client;
  session: Session | null;
  /** The form as the record has it (or an empty new session). */
  baseline: SessionDraft;
  /** Unsaved changes kept from an earlier visit, put back into the form. */
  recovered: KeptDraft | null;
  courses: Course[];
  /** The client's session before this one: techniques and notes can be copied forward from it. */
  previous: Session | null;
  /** The number a new session will get. */
  nextNumber: number;
  characters: Character[];
  threads: ThreadSummary[];
  onCharacterCreated: (c: Character) => void;
  onThreadCreated: (t: Thread) => void;
  onSigned: (s: Session) => void;
}) {
  const { client, characters, threads } = props;
  const [draft, setDraft] = useState<SessionDraft>(props.recovered?.form ?? props.baseline);
  const [saved, setSaved] = useState<Session | null>(props.session);
  const [savedBody, setSavedBody] = useState(() => JSON.stringify(toSessionBody(props.baseline)));
  const [recovered, setRecovered] = useState(props.recovered);
  const [conflict, setConflict] = useState<Session | null>(null);
  // Pieces open for editing; accepted and saved ones show as one-line rows until opened.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState<"saving" | "signing" | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [confirmSign, setConfirmSign] = useState(false);
  const [dismissed, setDismissed] = useState(() => loadDismissed(props.session?.id ?? null));
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [newKind, setNewKind] = useState<PieceKind>("body_sensation");

  const errors = useMemo(() => fieldErrorsOf(error), [error]);
  const dirty = savedBody !== JSON.stringify(toSessionBody(draft));
  const keeper = useDraftKeeper({
    clientId: client.id,
    draftKey: draftKeyFor(saved?.id ?? null),
    form: draft,
    baseVersion: saved?.version ?? null,
    dirty,
  });
  const leaveGuard = useLeaveGuard(dirty);
  const suggestions = useSuggestions(draft.narrative, true);
  const open = openSuggestions(suggestions.pieces, suggestions.text, dismissed, draft.pieces);

  const savedId = saved?.id ?? null;
  useEffect(() => {
    if (savedId && dismissed.size > 0) storeDismissed(savedId, dismissed);
  }, [savedId, dismissed]);

  const patch = (p: Partial<SessionDraft>) => setDraft((d) => ({ ...d, ...p }));
  const setPiece = useCallback(
    (key: string, piece: DraftPiece) =>
      setDraft((d) => ({ ...d, pieces: d.pieces.map((p) => (p.key === key ? piece : p)) })),
    [],
  );
  const removePiece = useCallback(
    (key: string) => setDraft((d) => ({ ...d, pieces: d.pieces.filter((p) => p.key !== key) })),
    [],
  );
  const addPieces = (pieces: DraftPiece[]) => setDraft((d) => ({ ...d, pieces: [...d.pieces, ...pieces] }));

  const accept = (s: Suggestion) => addPieces([pieceFromSuggestion(s, draft.narrative, characters)]);
  const openPiece = (key: string, open: boolean) =>
    setExpanded((e) => {
      const next = new Set(e);
      if (open) next.add(key);
      else next.delete(key);
      return next;
    });
  const edit = (s: Suggestion) => {
    const piece = pieceFromSuggestion(s, draft.narrative, characters);
    addPieces([piece]);
    openPiece(piece.key, true);
    setFocusKey(piece.key);
  };
  const dismiss = (s: Suggestion) => setDismissed((d) => new Set([...d, s.key]));

  const { onCharacterCreated, onThreadCreated } = props;
  const createCharacter = useCallback(
    async (label: string, aspect: CharacterAspect) => {
      const c = await api.createCharacter(client.id, { label, aspect });
      onCharacterCreated(c);
      return c;
    },
    [client.id, onCharacterCreated],
  );
  const createThread = useCallback(
    async (name: string) => {
      const t = await api.createThread(client.id, { name });
      onThreadCreated(t);
      return t;
    },
    [client.id, onThreadCreated],
  );

  /** Saves and gives the stored session; the form keeps what was typed meanwhile, adding the new piece ids. */
  const save = async (form = draft, base = saved): Promise<Session | null> => {
    const sent = form;
    const body = toSessionBody(sent);
    try {
      const s = base
        ? await api.updateSession(base.id, { ...body, version: base.version })
        : await api.createSession(client.id, body);
      const stored = [...s.pieces].sort((a, b) => a.position - b.position);
      const idOf = new Map(sent.pieces.map((p, i) => [p.key, stored[i]?.id]));
      const withIds = (d: SessionDraft): SessionDraft => ({
        ...d,
        pieces: d.pieces.map((p) => (idOf.get(p.key) ? { ...p, id: idOf.get(p.key) } : p)),
      });
      setDraft((current) => withIds(current));
      setSavedBody(JSON.stringify(toSessionBody(withIds(sent))));
      if (!saved) window.history.replaceState(null, "", hrefFor.session(s.id));
      setSaved(s);
      setError(undefined);
      setSavedAt(new Date());
      setRecovered(null);
      rememberOwnTerms(sent.techniques.map((t) => t.technique));
      return s;
    } catch (err) {
      // Nothing typed is lost on a refusal: the form keeps it, and the draft keeper too.
      if (!showConflict(err)) setError(err);
      return null;
    }
  };

  /** A stale version: the current record comes with the 409; the practitioner decides. */
  const showConflict = (err: unknown): boolean => {
    const current =
      err instanceof ApiError && err.status === 409
        ? (err.body as { current?: Session })?.current
        : undefined;
    if (!current) return false;
    setConflict(current);
    setError(undefined);
    return true;
  };

  const resolveConflict = async (form: SessionDraft) => {
    const theirs = conflict!;
    setConflict(null);
    setSaved(theirs);
    setSavedBody(JSON.stringify(toSessionBody(draftFromSession(theirs))));
    setDraft(form);
    if (theirs.status === "signed") return;
    if (JSON.stringify(toSessionBody(form)) !== JSON.stringify(toSessionBody(draftFromSession(theirs)))) {
      setBusy("saving");
      await save(form, theirs);
      setBusy(null);
    }
  };

  const saveDraft = async () => {
    if (busy) return;
    setBusy("saving");
    await save();
    setBusy(null);
  };
  useSaveShortcut(() => void saveDraft());

  const sign = async () => {
    setBusy("signing");
    try {
      const s = dirty || !saved ? await save() : saved;
      if (!s) return;
      // The version seen: if anyone changed it since, the sign is refused and the conflict shown.
      props.onSigned(await api.signSession(s.id, { version: s.version }));
    } catch (err) {
      if (!showConflict(err)) setError(err);
    } finally {
      setBusy(null);
      setConfirmSign(false);
    }
  };

  return (
    <form
      className="session-form stack-lg"
      noValidate
      aria-label="Session"
      onSubmit={(e) => {
        e.preventDefault();
        void saveDraft();
      }}
    >
      <nav className="crumbs" aria-label="Breadcrumb">
        <a href={hrefFor.clients()}>Clients</a> <span aria-hidden="true">›</span>{" "}
        <a href={hrefFor.client(client.id)}>{client.name}</a>
      </nav>
      <div className="page-head">
        <div>
          <h1>{saved ? `Session ${saved.number}` : "New session"}</h1>
          <p className="subtitle">
            {saved ? "" : `Will be session ${props.nextNumber} of ${client.name}`}
            {saved?.courseNumber ? courseSequence(saved.courseNumber, props.courses, saved.courseId) : ""}
          </p>
        </div>
        <span className="badge badge--draft">draft</span>
      </div>

      {recovered && (
        <div className="notice notice--info recovered" role="status">
          <p>
            Recovered changes you had not saved, from{" "}
            {new Date(recovered.savedAt).toLocaleString([], { dateStyle: "medium", timeStyle: "short" })}.
            They are in the form below.
          </p>
          <button
            type="button"
            className="button--quiet button--small"
            onClick={() => {
              setDraft(saved ? draftFromSession(saved) : props.baseline);
              setRecovered(null);
            }}
          >
            Discard them
          </button>
        </div>
      )}

      <FormProblems error={error} />

      <section className="card stack" aria-labelledby="when-title">
        <h2 id="when-title" className="visually-hidden">
          When
        </h2>
        <div className="grid grid--4">
          <Field label="Date" path="date" error={errorAt(errors, "date")}>
            {(a) => (
              <input
                {...a}
                type="date"
                value={draft.date}
                onChange={(e) => patch({ date: e.target.value })}
              />
            )}
          </Field>
          <CourseField
            clientId={client.id}
            courses={props.courses}
            value={draft.courseId}
            error={errorAt(errors, "courseId")}
            onChange={(courseId) => patch({ courseId })}
          />
          <Field label="Duration (minutes)" path="durationMinutes" error={errorAt(errors, "durationMinutes")}>
            {(a) => (
              <input
                {...a}
                type="number"
                inputMode="numeric"
                value={Number.isNaN(draft.durationMinutes) ? "" : draft.durationMinutes}
                onChange={(e) =>
                  patch({ durationMinutes: e.target.value === "" ? Number.NaN : Number(e.target.value) })
                }
              />
            )}
          </Field>
        </div>
        <Field
          label="Check-in"
          path="checkIn"
          error={errorAt(errors, "checkIn")}
          hint="How the client arrived: symptoms, events since the last session, intention for today."
        >
          {(a) => (
            <textarea
              {...a}
              rows={3}
              value={draft.checkIn}
              onChange={(e) => patch({ checkIn: e.target.value })}
            />
          )}
        </Field>
      </section>

      <section className="card stack" aria-labelledby="techniques-title">
        <h2 id="techniques-title">Techniques applied</h2>
        {draft.techniques.length === 0 && <p className="muted">None recorded yet.</p>}
        <datalist id="technique-names">
          {techniqueNames().map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <ol className="techniques">
          {draft.techniques.map((t, i) => (
            <TechniqueEditor
              key={t.key}
              index={i}
              technique={t}
              listId="technique-names"
              focusOnMount={focusKey === t.key}
              errors={errorsUnder(errors, `techniques.${i}`)}
              onChange={(nt) =>
                patch({ techniques: draft.techniques.map((x) => (x.key === t.key ? nt : x)) })
              }
              onRemove={() => patch({ techniques: draft.techniques.filter((x) => x.key !== t.key) })}
            />
          ))}
        </ol>
        <div className="row-actions">
          <button
            type="button"
            className="button--secondary"
            onClick={() => {
              const t = emptyTechnique();
              patch({ techniques: [...draft.techniques, t] });
              setFocusKey(t.key);
            }}
          >
            Add a technique
          </button>
          {props.previous && (
            <button
              type="button"
              className="button--quiet"
              onClick={() => setDraft((d) => copyForward(d, props.previous!))}
            >
              Copy techniques and notes from session {props.previous.number}
            </button>
          )}
        </div>
      </section>

      <section className="card stack" aria-labelledby="narrative-title">
        <h2 id="narrative-title">What happened</h2>
        <NarrativeSection
          narrative={draft.narrative}
          error={errorAt(errors, "narrative")}
          suggestions={suggestions}
          open={open}
          pieces={draft.pieces}
          characters={characters}
          onNarrative={(narrative) => patch({ narrative })}
          onAccept={accept}
          onEdit={edit}
          onDismiss={dismiss}
          onAcceptAll={() => addPieces(open.map((s) => pieceFromSuggestion(s, draft.narrative, characters)))}
        />
      </section>

      <section className="card stack" aria-labelledby="pieces-title">
        <div className="section-head">
          <h2 id="pieces-title" tabIndex={-1}>
            Pieces
          </h2>
          <span className="muted">
            {draft.pieces.length === 1 ? "1 piece" : `${draft.pieces.length} pieces`}
          </span>
        </div>
        {draft.pieces.length === 0 && (
          <p className="muted">Accept suggestions above, or add pieces by hand.</p>
        )}
        <ol className="pieces">
          {draft.pieces.map((p, i) => (
            <PieceEditor
              key={p.key}
              index={i}
              piece={p}
              formErrors={errors}
              characters={characters}
              threads={threads}
              focusOnMount={focusKey === p.key}
              expanded={expanded.has(p.key) || errorsUnder(errors, `pieces.${i}`).size > 0}
              onExpand={openPiece}
              onChange={setPiece}
              onRemove={removePiece}
              onCreateCharacter={createCharacter}
              onCreateThread={createThread}
            />
          ))}
        </ol>
        <div className="add-piece">
          <label>
            <span className="visually-hidden">Kind of the new piece</span>
            <select value={newKind} onChange={(e) => setNewKind(e.target.value as PieceKind)}>
              {PIECE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_STYLE[k].label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button--secondary"
            onClick={() => {
              const piece = emptyPiece(newKind);
              addPieces([piece]);
              openPiece(piece.key, true);
              setFocusKey(piece.key);
            }}
          >
            Add a piece
          </button>
        </div>
      </section>

      <section className="card stack" aria-labelledby="after-title">
        <h2 id="after-title">Understanding and integration</h2>
        <Field label="Insights" path="insights" error={errorAt(errors, "insights")}>
          {(a) => (
            <textarea
              {...a}
              rows={3}
              value={draft.insights}
              onChange={(e) => patch({ insights: e.target.value })}
            />
          )}
        </Field>
        <Field label="Integration and homework" path="integration" error={errorAt(errors, "integration")}>
          {(a) => (
            <textarea
              {...a}
              rows={3}
              value={draft.integration}
              onChange={(e) => patch({ integration: e.target.value })}
            />
          )}
        </Field>
      </section>

      <div className="action-bar" role="group" aria-label="Save or sign">
        <div className="action-bar__inner">
          <KeeperIndicator status={keeper} />
          <span className="action-bar__status" role="status">
            {busy === "saving"
              ? "Saving…"
              : busy === "signing"
                ? "Signing…"
                : dirty
                  ? saved
                    ? "Unsaved changes"
                    : "Not saved yet"
                  : savedAt
                    ? `Draft saved at ${savedAt.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}`
                    : saved
                      ? "Draft saved"
                      : "Nothing written yet"}
          </span>
          {confirmSign ? (
            <>
              <span className="action-bar__confirm">Signing locks this record. Sign it now?</span>
              <button
                type="button"
                className="button--primary"
                disabled={busy !== null}
                onClick={() => void sign()}
              >
                Sign the session
              </button>
              <button type="button" className="button--quiet" onClick={() => setConfirmSign(false)}>
                Not yet
              </button>
            </>
          ) : (
            <>
              <button type="submit" className="button--primary" disabled={busy !== null}>
                Save draft
              </button>
              <button
                type="button"
                className="button--secondary"
                disabled={busy !== null}
                onClick={() => setConfirmSign(true)}
              >
                Sign…
              </button>
            </>
          )}
        </div>
      </div>
      <LeaveDialog guard={leaveGuard} />
      {conflict && (
        <ConflictDialog
          mine={draft}
          theirs={conflict}
          courseName={(id) => courseLabel(props.courses, id)}
          onResolve={(form) => void resolveConflict(form)}
        />
      )}
    </form>
  );
}

/** "· session 3 of 8 in the course": a course shows its own sequence beside the client's number. */
function courseSequence(place: number, courses: Course[], courseId: string | null): string {
  const planned = courses.find((c) => c.id === courseId)?.plannedSessions;
  return ` · session ${place}${planned ? ` of ${planned}` : ""} in its course`;
}

/** The quiet word beside the save button: whether what is typed is kept yet. */
function KeeperIndicator({ status }: { status: KeeperStatus }) {
  const text =
    status.state === "kept"
      ? `saved ${status.at.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`
      : status.state === "pending"
        ? "saving…"
        : status.state === "offline"
          ? "offline: kept in this browser, sent when Tessera is back"
          : "";
  return (
    <span className={`draft-keeper draft-keeper--${status.state}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
