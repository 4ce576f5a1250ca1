// Links a piece to the client's threads (themes followed across sessions), or starts a new thread.
import { useState } from "react";
import type { Thread, ThreadSummary } from "../../../src/domain";

export function PieceThreads(props: {
  threadIds: string[];
  threads: ThreadSummary[];
  pieceNumber: number;
  onChange: (threadIds: string[]) => void;
  onCreateThread: (name: string) => Promise<Thread>;
}) {
  const [name, setName] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const create = async () => {
    if (!name.trim()) return;
    setProblem(null);
    try {
      const t = await props.onCreateThread(name.trim());
      props.onChange([...props.threadIds, t.id]);
      setName("");
      setOpen(false);
    } catch (err) {
      setProblem(err instanceof Error ? err.message : "The thread could not be created.");
    }
  };
  return (
    <fieldset className="piece-threads">
      <legend className="field__label">Threads</legend>
      <div className="choice-chips__options">
        {props.threads.map((t) => {
          const on = props.threadIds.includes(t.id);
          return (
            <label key={t.id} className={`chip chip--toggle${on ? " chip--on" : ""}`}>
              <input
                type="checkbox"
                checked={on}
                onChange={() =>
                  props.onChange(on ? props.threadIds.filter((x) => x !== t.id) : [...props.threadIds, t.id])
                }
              />
              {t.name}
            </label>
          );
        })}
        {!open && (
          <button type="button" className="button--quiet button--small" onClick={() => setOpen(true)}>
            + new thread
          </button>
        )}
      </div>
      {open && (
        <div className="inline-create">
          <input
            aria-label={`New thread name for piece ${props.pieceNumber}`}
            placeholder="e.g. the unspoken grief"
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void create();
              }
            }}
          />
          <button type="button" className="button--secondary button--small" onClick={() => void create()}>
            Create thread
          </button>
          <button type="button" className="button--quiet button--small" onClick={() => setOpen(false)}>
            Cancel
          </button>
        </div>
      )}
      {problem && <p className="field-error">{problem}</p>}
    </fieldset>
  );
}
