// The raw-driver floor of each workspace view's first screen: the reads a hand-written app
// would make for what the screen shows (the same rows Tessera's view queries select), straight
// through better-sqlite3 or pg, with JSON.stringify standing in for the response body.
import type { RawDb } from "./raw-db";

const REF = "id, number, date, status, course_id";
type Rows = Array<Record<string, unknown>>;

async function refs(raw: RawDb, p: string, c: string): Promise<Rows> {
  return raw.all(
    `select ${REF} from sessions where practice_id = ? and client_id = ? order by date, number`,
    [p, c],
  );
}

async function latest(raw: RawDb, p: string, c: string, limit: number): Promise<Rows> {
  return raw.all(
    `select ${REF} from sessions where practice_id = ? and client_id = ? order by date desc, number desc limit ${limit}`,
    [p, c],
  );
}

async function tilesOf(raw: RawDb, p: string, sessionIds: unknown[]): Promise<Rows> {
  if (sessionIds.length === 0) return [];
  const marks = sessionIds.map(() => "?").join(", ");
  const pieces = await raw.all(
    `select id, session_id, position, kind, text, regions, laterality, emotions, colours, age, period, character_id, character, aspect
     from pieces where practice_id = ? and session_id in (${marks}) order by session_id, position`,
    [p, ...sessionIds],
  );
  return [
    ...pieces,
    ...(await linksOf(
      raw,
      pieces.map((x) => x.id),
    )),
  ];
}

async function linksOf(raw: RawDb, pieceIds: unknown[]): Promise<Rows> {
  if (pieceIds.length === 0) return [];
  return raw.all(
    `select piece_id, thread_id from piece_threads where piece_id in (${pieceIds.map(() => "?").join(", ")})`,
    pieceIds,
  );
}

const small = (raw: RawDb, table: string, columns: string, p: string, c: string, order = "id") =>
  raw.all(`select ${columns} from ${table} where practice_id = ? and client_id = ? order by ${order}`, [
    p,
    c,
  ]);

export const VIEW_FLOORS: Record<string, (raw: RawDb, p: string, c: string) => Promise<string>> = {
  async brief(raw, p, c) {
    const count = await raw.all(
      "select count(*) as n from sessions where practice_id = ? and client_id = ?",
      [p, c],
    );
    const recent = await latest(raw, p, c, 3);
    const last = recent[0];
    const ids = recent.map((s) => s.id);
    const notes = last
      ? await raw.all("select insights, integration from sessions where id = ?", [last.id])
      : [];
    const tiles = last ? await tilesOf(raw, p, [last.id]) : [];
    const named = ids.length
      ? await raw.all(
          `select session_id, character_id, kind, text, position from pieces where practice_id = ? and session_id in (${ids.map(() => "?").join(", ")}) and character_id is not null`,
          [p, ...ids],
        )
      : [];
    const threads = await raw.all(
      "select id, name, status from threads where practice_id = ? and client_id = ? and status <> 'resolved' order by id",
      [p, c],
    );
    const lastOf = [];
    for (const t of threads)
      lastOf.push(
        await raw.all(
          `select s.${REF.split(", ").join(", s.")} from piece_threads l join pieces x on x.id = l.piece_id join sessions s on s.id = x.session_id
           where l.thread_id = ? and s.practice_id = ? order by s.date desc, s.number desc limit 1`,
          [t.id, p],
        ),
      );
    const reflections = await raw.all(
      "select id, date, text from reflections where practice_id = ? and client_id = ? and shared = 1 and date >= ? order by date, created_at, id",
      [p, c, last?.date ?? ""],
    );
    const consents = await small(raw, "consents", "*", p, c, "date, created_at, id");
    const measures = await small(raw, "measure_responses", "*", p, c, "date, created_at, id");
    return JSON.stringify([
      count,
      recent,
      notes,
      tiles,
      named,
      threads,
      lastOf,
      reflections,
      consents,
      measures,
    ]);
  },
  async mosaic(raw, p, c) {
    const count = await raw.all(
      "select count(*) as n from sessions where practice_id = ? and client_id = ?",
      [p, c],
    );
    const page = await latest(raw, p, c, 40);
    const tiles = await tilesOf(
      raw,
      p,
      page.map((s) => s.id),
    );
    const months = await raw.all(
      "select substr(date, 1, 7) as month, count(*) as n from sessions where practice_id = ? and client_id = ? group by substr(date, 1, 7) order by 1",
      [p, c],
    );
    // The counts kept per month and kind as pieces are written (migration 017), as the view reads them.
    const kinds = await raw.all(
      "select month, kind, n from client_month_counts where client_id = ? and n > 0",
      [c],
    );
    const courses = await small(raw, "courses", "id, start_date, intention", p, c, "start_date, id");
    const characters = await small(raw, "characters", "id, label, aspect", p, c);
    const threads = await small(raw, "threads", "id, name, status", p, c);
    return JSON.stringify([count, page, tiles, months, kinds, courses, characters, threads]);
  },
  // Issue 16, bounded first screens: region totals over the range, the stepper's window apart.
  async "body-map"(raw, p, c) {
    const count = await raw.all(
      "select count(*) as n from sessions where practice_id = ? and client_id = ?",
      [p, c],
    );
    // The counts kept as pieces are written (migration 017), as the view reads them.
    const groups = await raw.all(
      `select side, regions, sum(n) as n from client_region_counts where client_id = ?
       group by side, regions having sum(n) > 0`,
      [c],
    );
    return JSON.stringify([count, groups]);
  },
  async "body-map-sessions"(raw, p, c) {
    const count = await raw.all(
      "select count(*) as n from sessions where practice_id = ? and client_id = ?",
      [p, c],
    );
    const window = await raw.all(
      `select ${REF} from sessions where practice_id = ? and client_id = ? order by date, number limit 20`,
      [p, c],
    );
    const ids = window.map((s) => s.id);
    const groups = ids.length
      ? await raw.all(
          `select session_id, laterality, regions, count(*) as n from pieces where client_id = ? and regions <> '[]'
           and session_id in (${ids.map(() => "?").join(", ")}) group by session_id, laterality, regions`,
          [c, ...ids],
        )
      : [];
    return JSON.stringify([count, window, groups]);
  },
  async "body-map/chest"(raw, p, c) {
    const where = `from pieces x join sessions s on s.id = x.session_id
       where x.client_id = ? and x.session_id is not null and x.regions like '%"chest"%'`;
    // The total from the counts kept as pieces are written (migration 017), as the view reads it.
    const count = await raw.all(
      `select sum(n) as n from client_region_counts where client_id = ? and regions like '%"chest"%'`,
      [c],
    );
    const pieces = await raw.all(
      `select x.id, x.session_id, x.position, x.kind, x.text, x.regions, x.laterality, x.emotions, x.colours, x.age, x.period,
         x.character_id, x.character, x.aspect, s.number, s.date, s.status, s.course_id
       ${where} order by s.date, s.number, x.position limit 50`,
      [c],
    );
    return JSON.stringify([
      count,
      pieces,
      await linksOf(
        raw,
        pieces.map((x) => x.id),
      ),
    ]);
  },
  async characters(raw, p, c) {
    const sessions = await refs(raw, p, c);
    const characters = await small(raw, "characters", "id, label, aspect, description, version", p, c);
    const pairs = await raw.all(
      "select distinct character_id, session_id from pieces where client_id = ? and character_id is not null and session_id is not null",
      [c],
    );
    const counts = await raw.all(
      `select character_id, count(*) as n from pieces where client_id = ? and character_id is not null
       and session_id is not null and kind = 'message' group by character_id`,
      [c],
    );
    const latest = [];
    for (const k of counts)
      latest.push(
        await raw.all(
          `select x.id, x.text, x.session_id from pieces x join sessions s on s.id = x.session_id
           where x.client_id = ? and x.character_id = ? and x.kind = 'message' order by s.date, s.number, x.position
           limit 5 offset ${Math.max(0, Number(k.n) - 5)}`,
          [c, k.character_id],
        ),
      );
    return JSON.stringify([sessions.length, characters, pairs.length, counts, latest]);
  },
  async threads(raw, p, c) {
    const sessions = await refs(raw, p, c);
    const threads = await small(raw, "threads", "id, name, description, status, updated_at, version", p, c);
    // The counts kept per thread and session as links are written (migration 017), as the view reads them.
    const perSession = await raw.all(
      "select thread_id, session_id, n from thread_session_counts where client_id = ? and n > 0",
      [c],
    );
    const latest = [];
    for (const t of threads) {
      const total = perSession.filter((r) => r.thread_id === t.id).reduce((n, r) => n + Number(r.n), 0);
      const tiles = await raw.all(
        `select x.id, x.session_id, x.position, x.kind, x.text, x.regions, x.laterality, x.emotions, x.colours, x.age,
           x.period, x.character_id, x.character, x.aspect, s.number, s.date, s.status, s.course_id
         from piece_threads l join pieces x on x.id = l.piece_id join sessions s on s.id = x.session_id
         where l.thread_id = ? and x.client_id = ? and s.client_id = ? order by s.date, s.number, x.position
         limit 5 offset ${Math.max(0, total - 5)}`,
        [t.id, c, c],
      );
      latest.push(
        tiles,
        await linksOf(
          raw,
          tiles.map((x) => x.id),
        ),
      );
    }
    return JSON.stringify([sessions.length, threads, perSession.length, latest]);
  },
  async life(raw, p, c) {
    const sessions = await refs(raw, p, c);
    const placed =
      "x.client_id = ? and x.session_id is not null and x.kind = 'memory' and (x.age is not null or x.period is not null)";
    const placements = await raw.all(
      `select x.session_id, x.age, x.period, count(*) as n, min(x.id), min(x.text) from pieces x where ${placed}
       group by x.session_id, x.age, x.period`,
      [c],
    );
    const unplaced = await raw.all(
      "select count(*) as n from pieces where client_id = ? and session_id is not null and kind = 'memory' and age is null and period is null",
      [c],
    );
    const recent = await raw.all(
      `select x.id, x.session_id, x.text, x.age, x.period from pieces x join sessions s on s.id = x.session_id
       where ${placed} order by s.date desc, s.number desc, x.position desc limit 10`,
      [c],
    );
    const byAge = await raw.all(
      `select x.id, x.session_id, x.text, x.age, x.period from pieces x join sessions s on s.id = x.session_id
       where ${placed} order by coalesce(x.age, case x.period when 'prenatal' then -0.625 when 'birth' then 0
         when 'infancy' then 1.625 when 'childhood' then 8 when 'adolescence' then 16.5 else 30 end),
         s.date, s.number, x.position limit 40`,
      [c],
    );
    const events = await small(raw, "life_events", "*", p, c);
    return JSON.stringify([sessions.length, placements.length, unplaced, recent, byAge, events]);
  },
  async measures(raw, p, c) {
    const count = await raw.all(
      "select count(*) as n from sessions where practice_id = ? and client_id = ?",
      [p, c],
    );
    const window = await latest(raw, p, c, 61);
    const counts = await raw.all(
      "select instrument, count(*) as n from measure_responses where practice_id = ? and client_id = ? group by instrument",
      [p, c],
    );
    const after = window.length > 60 ? window.at(-1)!.date : "";
    const measures = await raw.all(
      "select * from measure_responses where practice_id = ? and client_id = ? and date > ? order by date, created_at, id",
      [p, c, after],
    );
    return JSON.stringify([count, window, counts, measures]);
  },
  async contributions(raw, p, c) {
    // As the view reads it: the latest page of shared reflections and only their pieces.
    const [{ n }] = (await raw.all(
      "select count(*) as n from reflections where practice_id = ? and client_id = ? and shared = 1",
      [p, c],
    )) as [{ n: number }];
    const reflections = await raw.all(
      `select * from reflections where practice_id = ? and client_id = ? and shared = 1
       order by date, created_at, id limit 20 offset ${Math.max(0, Number(n) - 20)}`,
      [p, c],
    );
    const ids = reflections.map((r) => r.id);
    const pieces = ids.length
      ? await raw.all(
          `select * from pieces where practice_id = ? and reflection_id in (${ids.map(() => "?").join(", ")}) order by position`,
          [p, ...ids],
        )
      : [];
    const consents = await small(raw, "consents", "*", p, c, "date, created_at, id");
    const courses = await small(raw, "courses", "*", p, c, "start_date, id");
    return JSON.stringify([n, reflections, pieces, consents, courses]);
  },
};
