// The pieces chosen in the mosaic and what to do with them: make a new thread of them, or add
// them to a thread that exists. Pieces of signed sessions may be chosen too: a thread is the
// practitioner's interpretation over the record; the signed note's text is not changed.
import { useState, type FormEvent } from "react";
import type { MosaicView, Thread } from "../../../../src/domain";
import { THREAD_STATUSES } from "../../../../src/domain/vocabulary";
import { api } from "../../api/tessera-api";
import { FormProblems } from "../../components/form-problems";
import { refreshClientViews } from "../use-view";
import { hrefFor } from "../../routing";
import "./piece-selection.css";

export function PieceSelectionBar({
  clientId,
  chosen,
  threads,
  onClear,
}: {
  clientId: string;
  chosen: readonly string[];
  threads: MosaicView["threads"];
  onClear: () => void;
}) {
  const [mode, setMode] = useState<"new" | "add" | null>(null);
  const [done, setDone] = useState<Thread | null>(null);
  const n = chosen.length;

  const finish = async (thread: Thread) => {
    setDone(thread);
    setMode(null);
    onClear();
    // Every view of the client may show the thread now (mosaic filters, threads, brief).
    await refreshClientViews(clientId);
  };

  return (
    <section className="piece-selection card" aria-labelledby="selection-title">
      <div className="piece-selection__head">
        <h3 id="selection-title" className="piece-selection__count" aria-live="polite">
          {n === 0 ? "No pieces chosen" : `${n} ${n === 1 ? "piece" : "pieces"} chosen`}
        </h3>
        <div className="piece-selection__actions">
          <button
            type="button"
            className="button--primary button--small"
            disabled={n === 0}
            aria-expanded={mode === "new"}
            onClick={() => setMode(mode === "new" ? null : "new")}
          >
            Make a thread
          </button>
          <button
            type="button"
            className="button--secondary button--small"
            disabled={n === 0 || threads.length === 0}
            aria-expanded={mode === "add"}
            onClick={() => setMode(mode === "add" ? null : "add")}
          >
            Add to a thread
          </button>
          <button type="button" className="button--quiet button--small" disabled={n === 0} onClick={onClear}>
            Clear the choice
          </button>
        </div>
      </div>
      <p className="muted small">
        Space chooses the tile in focus; a click chooses while choosing is on. Pieces of signed sessions can
        join a thread: only the link is stored, the signed note stays as it was.
      </p>
      {mode === "new" && <NewThreadForm clientId={clientId} pieceIds={chosen} onMade={finish} />}
      {mode === "add" && <AddToThreadForm threads={threads} pieceIds={chosen} onAdded={finish} />}
      {done && mode === null && (
        <p className="notice" role="status">
          Thread “{done.name}” now holds {done.pieceIds.length} pieces.{" "}
          <a href={hrefFor.threads(clientId, { thread: done.id })}>Open the thread</a>
        </p>
      )}
    </section>
  );
}

function NewThreadForm({
  clientId,
  pieceIds,
  onMade,
}: {
  clientId: string;
  pieceIds: readonly string[];
  onMade: (t: Thread) => void;
}) {
  const [name, setName] = useState("");
  const [status, setStatus] = useState<(typeof THREAD_STATUSES)[number]>("open");
  const [description, setDescription] = useState("");
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onMade(
        await api.createThreadFromPieces(clientId, { name, status, description, pieceIds: [...pieceIds] }),
      );
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="piece-selection__form" aria-label="Make a thread of the chosen pieces" onSubmit={submit}>
      <FormProblems error={problem} />
      <label className="filters__field">
        <span>Name of the thread</span>
        <input required autoFocus value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="filters__field">
        <span>Status</span>
        <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)}>
          {THREAD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="filters__field piece-selection__wide">
        <span>What it is about (optional)</span>
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <button type="submit" className="button--primary" disabled={busy || !name.trim()}>
        Make the thread
      </button>
    </form>
  );
}

function AddToThreadForm({
  threads,
  pieceIds,
  onAdded,
}: {
  threads: MosaicView["threads"];
  pieceIds: readonly string[];
  onAdded: (t: Thread) => void;
}) {
  const [threadId, setThreadId] = useState(threads[0]?.id ?? "");
  const [problem, setProblem] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onAdded(await api.addPiecesToThread(threadId, { pieceIds: [...pieceIds] }));
    } catch (err) {
      setProblem(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="piece-selection__form" aria-label="Add the chosen pieces to a thread" onSubmit={submit}>
      <FormProblems error={problem} />
      <label className="filters__field">
        <span>Thread</span>
        <select autoFocus value={threadId} onChange={(e) => setThreadId(e.target.value)}>
          {threads.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.status})
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button--primary" disabled={busy || !threadId}>
        Add {pieceIds.length} {pieceIds.length === 1 ? "piece" : "pieces"}
      </button>
    </form>
  );
}
