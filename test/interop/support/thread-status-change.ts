// A thread's status over time (issue 11) in the interop tests: the rich practice's client's
// thread moves on from its first session with a note holding the client's unique word, so a
// backup carries a made change and an erasure must remove its words too.
import type { RichPractice } from "../practice-fixture";
import { UNIQUE_WORD } from "../practice-fixture";

export async function changeThreadStatus(practice: RichPractice) {
  const s = practice.practitioner;
  const [thread] = await s.listThreads(practice.maraId);
  const [first] = await s.listSessions(practice.maraId);
  return s.updateThread(thread!.id, {
    name: thread!.name,
    description: thread!.description,
    status: "understood",
    version: thread!.version,
    statusSessionId: first!.id,
    statusNote: `the ${UNIQUE_WORD} swing understood`,
  });
}
