// A session of a client: the form while it is a draft, the record once signed.
import { useCallback, useState } from "react";
import type { Character, Session, Thread } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { draftFromSession, emptySession } from "../session-form/session-draft";
import { SessionEditor } from "../session-form/session-editor";
import { SessionRecord } from "../session-form/session-record";
import { useLoad } from "../use-load";
import { todayIso } from "../vocabulary-labels";

export function SessionPage(props: { clientId: string } | { sessionId: string }) {
  const sessionId = "sessionId" in props ? props.sessionId : null;
  const session = useLoad(() => (sessionId ? api.getSession(sessionId) : Promise.resolve(null)), [sessionId]);
  if (session.error) return <LoadProblem error={session.error} onRetry={session.reload} />;
  if (session.data === undefined) return <p className="page-status">Loading…</p>;
  const clientId = session.data?.clientId ?? ("clientId" in props ? props.clientId : "");
  return <SessionWorkspace clientId={clientId} session={session.data} />;
}

function SessionWorkspace({ clientId, session }: { clientId: string; session: Session | null }) {
  const client = useLoad(() => api.getClient(clientId), [clientId]);
  const characters = useLoad(() => api.listCharacters(clientId).then((r) => r.items), [clientId]);
  const threads = useLoad(() => api.listThreads(clientId).then((r) => r.items), [clientId]);
  const [signed, setSigned] = useState<Session | null>(session?.status === "signed" ? session : null);
  const [initial] = useState(() => (session ? draftFromSession(session) : emptySession(todayIso())));

  const { setData: setCharacters } = characters;
  const { setData: setThreads } = threads;
  const addCharacter = useCallback(
    (c: Character) => setCharacters((list) => [...(list ?? []), c]),
    [setCharacters],
  );
  const addThread = useCallback((t: Thread) => setThreads((list) => [...(list ?? []), t]), [setThreads]);

  const problem = client.error ?? characters.error ?? threads.error;
  if (problem)
    return (
      <LoadProblem error={problem} onRetry={() => [client, characters, threads].forEach((l) => l.reload())} />
    );
  if (!client.data || !characters.data || !threads.data) return <p className="page-status">Loading…</p>;
  if (signed) return <SessionRecord client={client.data} session={signed} />;
  return (
    <SessionEditor
      client={client.data}
      session={session}
      initial={initial}
      characters={characters.data}
      threads={threads.data}
      onCharacterCreated={addCharacter}
      onThreadCreated={addThread}
      onSigned={setSigned}
    />
  );
}
