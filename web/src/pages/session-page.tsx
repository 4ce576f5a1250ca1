// A session of a client: the form while it is a draft (with any unsaved changes recovered from
// this browser or the server), the record once signed.
import { useCallback, useEffect, useState } from "react";
import type { Character, Course, Session, Thread } from "../../../src/domain";
import { api } from "../api/tessera-api";
import { LoadProblem } from "../components/load-problem";
import { draftKeyFor, fromServer, newerDraft, readLocal, type KeptDraft } from "../session-form/kept-draft";
import { draftFromSession, emptySession, toSessionBody } from "../session-form/session-draft";
import { SessionEditor } from "../session-form/session-editor";
import { SessionRecord } from "../session-form/session-record";
import { useLoad } from "../use-load";
import { todayIso } from "../vocabulary-labels";

export function SessionPage(props: { clientId: string } | { sessionId: string }) {
  const sessionId = "sessionId" in props ? props.sessionId : null;
  const visit = useVisit();
  const session = useLoad(() => (sessionId ? api.getSession(sessionId) : Promise.resolve(null)), [sessionId]);
  if (session.error) return <LoadProblem error={session.error} onRetry={session.reload} />;
  if (session.data === undefined) return <p className="page-status">Loading…</p>;
  const clientId = session.data?.clientId ?? ("clientId" in props ? props.clientId : "");
  return <SessionWorkspace key={sessionId ?? `new-${visit}`} clientId={clientId} session={session.data} />;
}

/**
 * A saved new session takes its own address without the router (the form stays as it is), so a
 * later visit to "new session" is, to the router, the same route again: each change of the
 * address counts as a new visit, which starts a fresh form.
 */
function useVisit(): number {
  const [visit, setVisit] = useState(0);
  useEffect(() => {
    const next = () => setVisit((n) => n + 1);
    window.addEventListener("hashchange", next);
    return () => window.removeEventListener("hashchange", next);
  }, []);
  return visit;
}

/** What the form starts from: the record (or an empty session), and unsaved changes if any were kept. */
interface Start {
  record: Session | null;
  courses: Course[];
  /** The session before this one, for copying forward; null for a client's first. */
  previousId: string | null;
  nextNumber: number;
  recovered: KeptDraft | null;
}

async function loadStart(clientId: string, session: Session | null): Promise<Start> {
  // Session summaries, not every session with its pieces (issue 11).
  const [courses, summaries, drafts] = await Promise.all([
    api.listCourses(clientId).then((r) => r.items),
    api.listSessionSummaries(clientId).then((r) => r.items),
    api.listDrafts(clientId).then(
      (r) => r.items,
      // Drafts are a help, not a condition: the form opens without them.
      () => [],
    ),
  ]);
  const key = draftKeyFor(session?.id ?? null);
  const onServer = drafts.find((d) => d.key === key);
  const recovered = newerDraft(readLocal(clientId, key), onServer ? fromServer(onServer) : null);
  // The one before in the client's numbering (summaries come in date order, which can differ).
  const before = summaries
    .filter((s) => s.id !== session?.id && (!session || s.number < session.number))
    .reduce<(typeof summaries)[number] | null>(
      (best, s) => (!best || s.number > best.number ? s : best),
      null,
    );
  return {
    record: session,
    courses,
    previousId: before?.id ?? null,
    nextNumber: summaries.length + 1,
    recovered,
  };
}

function SessionWorkspace({ clientId, session }: { clientId: string; session: Session | null }) {
  const client = useLoad(() => api.getClient(clientId), [clientId]);
  const characters = useLoad(() => api.listCharacters(clientId).then((r) => r.items), [clientId]);
  const threads = useLoad(() => api.listThreads(clientId).then((r) => r.items), [clientId]);
  const start = useLoad(() => loadStart(clientId, session), [clientId, session?.id]);
  // The previous session is read after the form opens, not before: the form waits on no second
  // round trip, and its copy-forward button appears once the session is here. A help, not a
  // condition: if it cannot be read the button stays away.
  const previousId = start.data?.previousId ?? null;
  const previous = useLoad(
    () => (previousId ? api.getSession(previousId).catch(() => null) : Promise.resolve(null)),
    [previousId],
  );
  const [signed, setSigned] = useState<Session | null>(session?.status === "signed" ? session : null);

  const { setData: setCharacters } = characters;
  const { setData: setThreads } = threads;
  const addCharacter = useCallback(
    (c: Character) => setCharacters((list) => [...(list ?? []), c]),
    [setCharacters],
  );
  const addThread = useCallback((t: Thread) => setThreads((list) => [...(list ?? []), t]), [setThreads]);

  const problem = client.error ?? characters.error ?? threads.error ?? start.error;
  if (problem)
    return (
      <LoadProblem
        error={problem}
        onRetry={() => [client, characters, threads, start].forEach((l) => l.reload())}
      />
    );
  if (!client.data || !characters.data || !threads.data || !start.data)
    return <p className="page-status">Loading…</p>;
  if (signed) return <SessionRecord client={client.data} session={signed} onAmended={setSigned} />;

  const { courses, nextNumber, recovered } = start.data;
  const open = courses.filter((c) => c.endDate === null).at(-1) ?? null;
  const baseline = session
    ? draftFromSession(session)
    : { ...emptySession(todayIso()), courseId: open?.id ?? null };
  // A kept draft only counts when it says something the record does not.
  const useful =
    recovered && JSON.stringify(toSessionBody(recovered.form)) !== JSON.stringify(toSessionBody(baseline))
      ? recovered
      : null;
  return (
    <SessionEditor
      client={client.data}
      session={session}
      baseline={baseline}
      recovered={useful}
      courses={courses}
      previous={previous.data?.id === previousId ? previous.data : null}
      nextNumber={nextNumber}
      characters={characters.data}
      threads={threads.data}
      onCharacterCreated={addCharacter}
      onThreadCreated={addThread}
      onSigned={setSigned}
    />
  );
}
