// The demo practice: one practitioner and four clients with months of CST/SER work.
// The clinical content lives in one file per client; this file names the practice and logins.
import type { Role } from "../domain";
import { DANIEL } from "./client-daniel";
import { MARA } from "./client-mara";
import { SOFIA } from "./client-sofia";
import { TOMAS } from "./client-tomas";
import type { DemoClient } from "./demo-types";

export const DEMO_PRACTICE_NAME = "Stillwater CranioSacral Practice (demo)";

/** The practice's first user; like first-run setup, the practitioner also administers it. */
export const DEMO_PRACTITIONER: { name: string; email: string; password: string; role: Role } = {
  name: "Helena Marsh",
  email: "practitioner@demo.tessera.example",
  password: "demo-practitioner-2026",
  role: "admin",
};

/** Every demo client has a portal login with this password (they write their own reflections). */
export const DEMO_CLIENT_PASSWORD = "demo-client-2026";

/** Tomas has the long process (two years, 46 sessions) so the workspace is shown at a realistic size. */
export const DEMO_CLIENTS: readonly DemoClient[] = [MARA, DANIEL, SOFIA, TOMAS];
