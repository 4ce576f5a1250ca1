// Keeps what the practitioner types: every change goes to this browser at once and to the server
// after a short pause. When the server cannot be reached the browser copy stays and is sent again
// until it arrives. The status is shown quietly beside the save button.
import { useEffect, useRef, useState } from "react";
import { api } from "../api/tessera-api";
import { forgetLocal, keepLocally, type KeptDraft } from "./kept-draft";
import type { SessionDraft } from "./session-draft";

export type KeeperStatus =
  { state: "idle" } | { state: "pending" } | { state: "kept"; at: Date } | { state: "offline" };

const PAUSE_MS = 800;
const RETRY_MS = 2000;

const IDLE: KeeperStatus = { state: "idle" };

export function useDraftKeeper(opts: {
  clientId: string;
  draftKey: string;
  form: SessionDraft;
  baseVersion: number | null;
  /** False when the form holds exactly the saved record: then there is nothing to keep. */
  dirty: boolean;
}): KeeperStatus {
  const { clientId, draftKey, form, baseVersion, dirty } = opts;
  const [status, setStatus] = useState<KeeperStatus>(IDLE);
  const latest = useRef<KeptDraft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Server calls run one after another, so a late draft save can never land after its deletion.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const enqueue = (op: () => Promise<void>) => {
    queue.current = queue.current.then(op, op);
  };

  // A changed key (the new session got its id): the draft under the old key is done with.
  const previousKey = useRef(draftKey);
  useEffect(() => {
    if (previousKey.current === draftKey) return;
    const old = previousKey.current;
    previousKey.current = draftKey;
    forgetLocal(clientId, old);
    enqueue(() => api.deleteDraft(clientId, old).catch(() => undefined));
  }, [clientId, draftKey]);

  useEffect(() => {
    const clear = () => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
    };
    if (!dirty) {
      clear();
      latest.current = null;
      forgetLocal(clientId, draftKey);
      enqueue(() => api.deleteDraft(clientId, draftKey).catch(() => undefined));
      return;
    }
    const kept: KeptDraft = { form, baseVersion, savedAt: new Date().toISOString() };
    latest.current = kept;
    keepLocally(clientId, draftKey, kept);
    // The indicator follows the save queue, an outside system this effect drives; one extra
    // render per change of the form is the price of saying "not yet saved" at once.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStatus((s) => (s.state === "offline" ? s : { state: "pending" }));

    const send = async () => {
      const draft = latest.current;
      if (!draft) return;
      try {
        await api.saveDraft(clientId, draftKey, {
          content: { form: draft.form as never },
          baseVersion: draft.baseVersion,
        });
        if (latest.current === draft) {
          forgetLocal(clientId, draftKey);
          setStatus({ state: "kept", at: new Date() });
        } else {
          schedule(PAUSE_MS);
        }
      } catch {
        // Unreachable or refused: the browser copy stays; try again shortly.
        if (latest.current !== draft) return schedule(PAUSE_MS);
        setStatus({ state: "offline" });
        schedule(RETRY_MS);
      }
    };
    const schedule = (ms: number) => {
      clear();
      timer.current = setTimeout(() => {
        timer.current = null;
        enqueue(send);
      }, ms);
    };
    schedule(PAUSE_MS);
    return clear;
  }, [clientId, draftKey, form, baseVersion, dirty]);

  // Nothing unsaved reads as idle whatever the last save said (derived, not set in the effect).
  return dirty ? status : IDLE;
}
