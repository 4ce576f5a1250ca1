// A small but complete practice for interop tests: every kind of clinical record, linked the way
// a real one is (pieces to characters and threads, sessions to a course, a followed-up flag, a
// withdrawn consent), and a unique word in one client's narrative for the erasure test.
import type { Caller, ScopedStore, SystemStore } from "../../src/store/store";
import { makePractice, piece, type PracticeFixture } from "../store/fixtures";

export const UNIQUE_WORD = "Zyxwarblequin";

export interface RichPractice extends PracticeFixture {
  /** The administrator as the operator commands act: seeing the whole practice, not only their care team. */
  operator: Caller;
  maraId: string;
  danId: string;
}

export async function makeRichPractice(system: SystemStore): Promise<RichPractice> {
  const fixture = await makePractice(system, "Still Point Practice");
  const mara = await addClient(fixture.practitioner, "Mara Lind", UNIQUE_WORD);
  const dan = await addClient(fixture.admin, "Dan Okafor", "harbour");
  return { ...fixture, operator: { ...fixture.adminCaller, wholePractice: true }, maraId: mara, danId: dan };
}

async function addClient(store: ScopedStore, name: string, word: string): Promise<string> {
  const client = await store.createClient({
    name,
    dateOfBirth: "1984-05-17",
    pronouns: "she/her",
    contact: { email: "mara@example.org", phone: "+44 20 7946 0000", address: "1 Quay Street" },
    presentingConcerns: [
      { category: "pain", description: "jaw pain since a fall" },
      { category: "anxiety", description: "" },
    ],
    holisticFactors: { personal: "sleeps badly", environmental: "loud street" },
  });
  const id = client.id;
  await store.createLifeEvent(id, { age: 6, title: "Fell from a swing", notes: "broke a tooth" });
  await store.createLifeEvent(id, { date: "2019-09-01", title: "Moved abroad" });
  const course = await store.createCourse(id, { intention: "ease the jaw", startDate: "2024-01-10" });
  const girl = await store.createCharacter(id, {
    label: "little girl",
    aspect: "child",
    description: "about six",
  });
  const thread = await store.createThread(id, { name: "The fall", description: "what the jaw holds" });

  const first = await store.createSession(id, {
    courseId: course.id,
    date: "2024-01-10",
    durationMinutes: 75,
    checkIn: "tired, jaw tight",
    techniques: [
      { technique: "CV4", regions: ["occiput"], laterality: null, notes: "still point after 4 min" },
      { technique: "TMJ decompression", regions: ["jaw"], laterality: "left", notes: "" },
    ],
    narrative: `Under my hands at the occiput she saw a ${word} light, gold and warm.`,
    pieces: [
      piece("visual", `a ${word} light, gold and warm`, { colours: ["gold"], regions: ["head"], start: 38 }),
      piece("character", "a little girl on a swing", {
        character: "little girl",
        aspect: "child",
        characterId: girl.id,
        threadIds: [thread.id],
      }),
      piece("message", "she says: hold on tight", { character: "little girl", characterId: girl.id }),
      piece("memory", "when I was six I fell", { age: 6, period: "childhood", threadIds: [thread.id] }),
      piece("body_sensation", "tightness in the left jaw", { regions: ["jaw"], laterality: "left" }),
    ],
    insights: "the tightness is holding on",
    integration: "rest, warm compress",
  });
  await store.signSession(first.id);
  await store.createSession(id, {
    date: "2024-02-07",
    narrative: "A quieter session; she felt calm.",
    techniques: [{ technique: "Sacral decompression", regions: ["sacrum", "pelvis"] }],
    pieces: [piece("emotion", "she felt calm", { emotions: ["calm"] })],
  });
  await store.createReflection(id, {
    date: "2024-01-12",
    text: "I dreamt of the swing again.",
    sharedWithPractitioner: true,
    pieces: [piece("visual", "the swing again", { colours: [] })],
  });
  const phq = await store.createMeasureResponse(id, {
    instrument: "phq9",
    instrumentVersion: "1",
    date: "2024-01-10",
    answers: [1, 2, 1, 2, 1, 0, 1, 1, 1],
  });
  await store.recordFollowUp(phq.id, "called the next day; safe");
  await store.createMeasureResponse(id, {
    instrument: "gad7",
    instrumentVersion: "1",
    date: "2024-02-07",
    answers: [1, 1, 0, 1, 0, 1, 0],
  });
  await store.createConsent(id, { purpose: "treatment", granted: true, date: "2024-01-10" });
  const research = await store.createConsent(id, { purpose: "research", granted: true, date: "2024-01-10" });
  await store.withdrawConsent(research.id);
  return id;
}
