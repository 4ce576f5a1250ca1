// An administrator erases the client for good: a dialog that asks for the client's full name
// typed out (the server checks it again), then back to the client list.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router";
import type { Client } from "../../../../src/domain";
import { api } from "../../api/tessera-api";
import { FormProblems } from "../../components/form-problems";

export function EraseClient({ client }: { client: Client }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card stack export-danger" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase this client</h2>
      <p className="small">
        Removes every record of {client.name} and their portal login from the database, for good. The audit
        trail keeps only that an erasure happened. Backups made before still hold the record until they are
        rotated out.
      </p>
      <div className="actions">
        <button
          type="button"
          className="button--secondary export-danger__button"
          onClick={() => setOpen(true)}
        >
          Erase client…
        </button>
      </div>
      {open && <EraseDialog client={client} onCancel={() => setOpen(false)} />}
    </section>
  );
}

function EraseDialog({ client, onCancel }: { client: Client; onCancel: () => void }) {
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useEffect(() => input.current?.focus(), []);
  const matches = typed.trim() === client.name.trim();

  const erase = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await api.eraseClient(client.id, { confirmation: typed });
      // Nothing of the erased client stays in the page's memory either.
      queryClient.clear();
      navigate("/clients", { replace: true });
    } catch (err) {
      setProblem(err);
      setBusy(false);
    }
  };

  return (
    <div className="export-backdrop">
      <div
        className="export-dialog card stack"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="erase-dialog-title"
        aria-describedby="erase-dialog-text"
        onKeyDown={(e) => {
          if (e.key === "Escape") onCancel();
        }}
      >
        <h2 id="erase-dialog-title">Erase {client.name}?</h2>
        <p id="erase-dialog-text">
          This cannot be undone. Type the client's full name, <strong>{client.name}</strong>, to confirm.
        </p>
        <FormProblems error={problem} />
        <form
          className="stack"
          onSubmit={(e) => {
            e.preventDefault();
            if (matches && !busy) void erase();
          }}
        >
          <label className="field">
            <span className="field__label">Full name of the client</span>
            <input ref={input} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" />
          </label>
          <div className="actions">
            <button
              type="submit"
              className="button--primary export-danger__confirm"
              disabled={!matches || busy}
            >
              {busy ? "Erasing…" : "Erase for good"}
            </button>
            <button type="button" className="button--secondary" onClick={onCancel}>
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
