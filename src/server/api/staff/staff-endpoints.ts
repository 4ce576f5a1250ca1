// Care-team card: the practice's active staff by name and role, so a practitioner can choose a
// colleague to share a client with (the accounts list, with emails, stays admin-only).
import { listOf, StaffMember } from "../../../domain";
import { endpoint } from "../endpoint";

export const staffEndpoints = [
  endpoint({
    name: "listStaff",
    method: "GET",
    path: "/api/staff",
    summary: "The practice's active staff: id, name and role only (staff; clients get 403)",
    response: { status: 200, schema: listOf(StaffMember) },
    handler: async ({ store }) => ({ items: await store.listStaff() }),
  }),
];
