// Each audited operation seals the oldest unsealed audit records (src/store/audit-chain.ts) by
// asking for `seq is null order by id`; without this index that is a scan of the whole audit
// log per request (a rare-word search went from 0.5 ms to 1.8 s on a large practice). Partial:
// only the few records waiting to be sealed are indexed.
import { sql } from "kysely";
import type { Migration } from "./migration";

export const auditUnsealed: Migration = {
  name: "008-audit-unsealed",
  async up(db) {
    await db.schema
      .createIndex("audit_log_unsealed")
      .on("audit_log")
      .column("id")
      .where(sql.ref("seq"), "is", null)
      .execute();
  },
};
