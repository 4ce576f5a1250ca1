// The floor of each figure: the same answer straight from the raw driver, with the same SQL
// where Tessera's own is dialect SQL (search), otherwise the plain queries a hand-written app
// would run. JSON.stringify stands in for the HTTP response body.
import { SEARCH_WINDOW } from "../src/store/dialect";
import { newId } from "../src/store/new-id";
import type { RawDb } from "./raw-db";

/** The sessions list's first answer: the latest page of `size` (20, as GET /clients/:id/sessions gives it). */
export async function floorSessionsPage(
  raw: RawDb,
  practiceId: string,
  clientId: string,
  size = 20,
): Promise<string> {
  const [counted] = await raw.all<{ n: number | string }>(
    "select count(*) as n from sessions where practice_id = ? and client_id = ?",
    [practiceId, clientId],
  );
  const n = counted?.n ?? 0;
  const offset = Math.max(0, Number(n) - size);
  const sessions = await raw.all<{ id: string }>(
    `select * from sessions where practice_id = ? and client_id = ? order by date, number, id limit ${size} offset ${offset}`,
    [practiceId, clientId],
  );
  const ids = sessions.map((s) => s.id);
  const marks = ids.map(() => "?").join(", ") || "null";
  const pieces = await raw.all(`select * from pieces where session_id in (${marks}) order by position`, ids);
  const links = await raw.all(
    `select l.piece_id, l.thread_id from piece_threads l join pieces p on p.id = l.piece_id where p.session_id in (${marks})`,
    ids,
  );
  return JSON.stringify({ total: Number(n), offset, sessions, pieces, links });
}

/** The process document's reads bare: its stretch of the latest 200 sessions, the characters, the threads and their links. */
export async function floorProcess(raw: RawDb, practiceId: string, clientId: string): Promise<string> {
  const body = await floorSessionsPage(raw, practiceId, clientId, 200);
  const threadLinks = await raw.all(
    "select l.thread_id, l.piece_id from piece_threads l join threads t on t.id = l.thread_id where t.client_id = ?",
    [clientId],
  );
  const characters = await raw.all("select * from characters where practice_id = ? and client_id = ?", [
    practiceId,
    clientId,
  ]);
  const threads = await raw.all("select * from threads where practice_id = ? and client_id = ?", [
    practiceId,
    clientId,
  ]);
  return body + JSON.stringify({ characters, threads, threadLinks });
}

/** The home's reads bare: the clients, each one's latest session and count, the drafts, the open flags. */
export async function floorHome(raw: RawDb, practiceId: string): Promise<string> {
  const clients = await raw.all<{ id: string }>(
    "select id, name from clients where practice_id = ? and status <> 'archived' order by lower(name), id",
    [practiceId],
  );
  const ids = clients.map((c) => c.id);
  const marks = ids.map(() => "?").join(", ") || "null";
  const [latest, drafts, flags] = await Promise.all([
    raw.all(
      `select s.id, s.number, s.date, s.status, s.course_id, s.client_id,
         (select count(*) from sessions x where x.client_id = s.client_id) as total
       from sessions s where s.practice_id = ? and s.id in (select (select l.id from sessions l
         where l.client_id = c.id order by l.date desc, l.number desc limit 1) from clients c where c.id in (${marks}))`,
      [practiceId, ...ids],
    ),
    raw.all(
      `select id, number, date, status, course_id, client_id from sessions
       where practice_id = ? and client_id in (${marks}) and status = 'draft' order by date, number`,
      [practiceId, ...ids],
    ),
    raw.all(
      "select * from measure_responses where practice_id = ? and flags <> '[]' and follow_up_at is null order by date",
      [practiceId],
    ),
  ]);
  return JSON.stringify({ clients, latest, drafts, flags });
}

export async function floorClients(raw: RawDb, practiceId: string): Promise<string> {
  return JSON.stringify(
    await raw.all("select * from clients where practice_id = ? order by name", [practiceId]),
  );
}

/** Only the clients on `teamOf`'s care teams, as the store limits a practitioner's search. */
const TEAM = "client_id in (select client_id from care_team where user_id = ?)";

/** Tessera's search SQL (the adapters'), run bare, for a practitioner (`teamOf`). */
export async function floorSearch(
  raw: RawDb,
  practiceId: string,
  teamOf: string,
  terms: string[],
  limit: number,
) {
  if (raw.store === "sqlite") {
    const match = `body : (${terms.map((t) => `"${t}"`).join(" ")}) AND team : "${teamOf}"`;
    return raw.all(
      `with candidates as (
        select search_fts.rowid as seq, bm25(search_fts, 1.0, 0.0) as score, d.date as date
        from search_fts cross join search_documents d indexed by search_documents_match_facets on d.seq = search_fts.rowid
        where search_fts match ? and d.practice_id = ? and +d.${TEAM} order by search_fts.rowid desc limit ${SEARCH_WINDOW}),
      top as (select seq, score, date from candidates order by score, date desc limit ?)
      select d.client_id, d.session_id, d.reflection_id, d.date, snippet(search_fts, 0, '«', '»', '…', 16) as snippet
      from top cross join search_fts on search_fts.rowid = top.seq cross join search_documents d on d.seq = top.seq
      where search_fts match ? order by top.score, top.date desc`,
      [match, practiceId, teamOf, limit, match],
    );
  }
  return raw.all(
    `with candidates as (select d.id, d.date, d.tsv from search_documents d
      where d.practice_id = ? and d.tsv @@ plainto_tsquery('english', ?) and d.${TEAM} order by d.date desc limit ${SEARCH_WINDOW}),
    top as (select c.id, c.date, ts_rank(c.tsv, plainto_tsquery('english', ?)) as rank from candidates c order by rank desc, c.date desc limit ?)
    select d.client_id, d.session_id, d.reflection_id, d.date,
      ts_headline('english', d.body, plainto_tsquery('english', ?), 'StartSel=«, StopSel=», MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') as snippet
    from top join search_documents d on d.id = top.id order by top.rank desc, top.date desc`,
    [practiceId, terms.join(" "), teamOf, terms.join(" "), limit, terms.join(" ")],
  );
}

/** The search page's reads bare: the top 100 hits, their sessions' numbers and pieces, their clients' names. */
export async function floorSearchPage(
  raw: RawDb,
  practiceId: string,
  teamOf: string,
  terms: string[],
): Promise<string> {
  const hits = await floorSearch(raw, practiceId, teamOf, terms, 100);
  const sessionIds = [...new Set(hits.map((h) => h.session_id).filter((id) => id !== null))];
  const clientIds = [...new Set(hits.map((h) => h.client_id))];
  const marks = (ids: unknown[]) => ids.map(() => "?").join(", ") || "null";
  const [sessions, pieces, clients] = await Promise.all([
    raw.all(`select id, number from sessions where practice_id = ? and id in (${marks(sessionIds)})`, [
      practiceId,
      ...sessionIds,
    ]),
    raw.all(
      `select id, session_id, kind, text, regions, emotions, character from pieces
       where practice_id = ? and session_id in (${marks(sessionIds)}) order by session_id, position`,
      [practiceId, ...sessionIds],
    ),
    raw.all(`select id, name from clients where practice_id = ? and id in (${marks(clientIds)})`, [
      practiceId,
      ...clientIds,
    ]),
  ]);
  return JSON.stringify({ hits, sessions, pieces, clients });
}

export async function floorFacets(raw: RawDb, practiceId: string, teamOf: string, terms: string[]) {
  if (raw.store === "sqlite") {
    return raw.all(
      `select * from (select d.client_id, substr(d.date, 1, 4) as year, count(*) as count
       from search_fts cross join search_documents d indexed by search_documents_match_facets on d.seq = search_fts.rowid
       where search_fts match ? and d.practice_id = ? group by d.client_id, year) where ${TEAM}`,
      [`body : (${terms.map((t) => `"${t}"`).join(" ")}) AND team : "${teamOf}"`, practiceId, teamOf],
    );
  }
  return raw.all(
    `select * from (select d.client_id, substr(d.date, 1, 4) as year, count(*)::int as count
     from search_documents d, plainto_tsquery('english', ?) q
     where d.practice_id = ? and d.tsv @@ q group by d.client_id, year) f where ${TEAM}`,
    [terms.join(" "), practiceId, teamOf],
  );
}

/** The search before issue 16: every match joined, ranked and snippeted, then the top taken. */
export async function legacySearch(raw: RawDb, practiceId: string, terms: string[], limit: number) {
  if (raw.store === "sqlite") {
    return raw.all(
      `select d.client_id, d.session_id, d.reflection_id, d.date, snippet(search_fts, 0, '«', '»', '…', 16) as snippet
       from search_fts join search_documents d on d.seq = search_fts.rowid
       where search_fts match ? and d.practice_id = ? order by bm25(search_fts), d.date desc limit ?`,
      [terms.map((t) => `"${t}"`).join(" "), practiceId, limit],
    );
  }
  return raw.all(
    `select d.client_id, d.session_id, d.reflection_id, d.date,
       ts_headline('english', d.body, q, 'StartSel=«, StopSel=», MaxWords=20, MinWords=8, MaxFragments=2, FragmentDelimiter=" … "') as snippet
     from search_documents d, plainto_tsquery('english', ?) q
     where d.practice_id = ? and d.tsv @@ q order by ts_rank(d.tsv, q) desc, d.date desc limit ?`,
    [terms.join(" "), practiceId, limit],
  );
}

/**
 * The rows a session save writes, as a hand-written app would: the session, its pieces in one
 * multi-row insert, its search document and an audit row, in one transaction. Rows are copied
 * from a template session of the same client, so the floor follows schema changes.
 */
export async function floorSave(raw: RawDb, template: SaveTemplate, body: string): Promise<void> {
  const sessionId = newId();
  const now = new Date().toISOString();
  const session: Record<string, unknown> = {
    ...template.session,
    id: sessionId,
    number: Math.floor(Math.random() * 1e9) + 1e6,
    created_at: now,
    updated_at: now,
  };
  const pieces = template.pieces.map((p) => ({ ...p, id: newId(), session_id: sessionId, created_at: now }));
  await raw.transaction(async () => {
    await insertRows(raw, "sessions", [session]);
    await insertRows(raw, "pieces", pieces);
    await raw.run(
      "insert into search_documents (id, practice_id, client_id, session_id, reflection_id, date, body) values (?, ?, ?, ?, null, ?, ?)",
      [sessionId, session.practice_id, session.client_id, sessionId, session.date, body],
    );
    await raw.run(
      "insert into audit_log (id, practice_id, at, user_id, action, resource_type, resource_id, client_id) values (?, ?, ?, ?, 'create', 'session', ?, ?)",
      [newId(), session.practice_id, now, session.practitioner_id, sessionId, session.client_id],
    );
  });
}

/**
 * The same answer as updating a draft with 30 new pieces: its pieces replaced, the session row and
 * its search document rewritten and an audit row, in one transaction.
 */
export async function floorUpdate(raw: RawDb, template: SaveTemplate, sessionId: string, body: string) {
  const now = new Date().toISOString();
  const pieces = template.pieces.map((p) => ({ ...p, id: newId(), session_id: sessionId, created_at: now }));
  const session = template.session;
  await raw.transaction(async () => {
    await raw.all("select id, created_at from pieces where session_id = ?", [sessionId]);
    await raw.run("delete from pieces where session_id = ?", [sessionId]);
    await insertRows(raw, "pieces", pieces);
    await raw.run("update sessions set narrative = ?, updated_at = ? where id = ?", [body, now, sessionId]);
    await raw.run("update search_documents set body = ?, date = ? where id = ?", [
      body,
      session.date,
      sessionId,
    ]);
    await raw.run(
      "insert into audit_log (id, practice_id, at, user_id, action, resource_type, resource_id, client_id) values (?, ?, ?, ?, 'update', 'session', ?, ?)",
      [newId(), session.practice_id, now, session.practitioner_id, sessionId, session.client_id],
    );
  });
}

export interface SaveTemplate {
  session: Record<string, unknown>;
  pieces: Array<Record<string, unknown>>;
}

export async function saveTemplate(raw: RawDb, sessionId: string): Promise<SaveTemplate> {
  const [session] = await raw.all("select * from sessions where id = ?", [sessionId]);
  const pieces = await raw.all("select * from pieces where session_id = ? order by position", [sessionId]);
  if (!session) throw new Error("no template session");
  return { session, pieces };
}

async function insertRows(raw: RawDb, table: string, rows: Array<Record<string, unknown>>) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  await raw.run(
    `insert into ${table} (${columns.join(", ")}) values ${rows.map(() => tuple).join(", ")}`,
    rows.flatMap((r) => columns.map((c) => r[c])),
  );
}
