// Demo client 2: low back and sacrum after a rear-end collision, on top of an old fall and a
// family rule that nobody complains.
import {
  character,
  emotion,
  insight,
  memory,
  message,
  movement,
  release,
  sensation,
  smell,
  sound,
  T,
  temperature,
  visual,
} from "./demo-builders";
import type { DemoClient } from "./demo-types";

export const DANIEL: DemoClient = {
  client: {
    name: "Daniel Okafor",
    dateOfBirth: "1971-08-30",
    pronouns: "he/him",
    contact: { email: "daniel@demo.tessera.example", phone: "+44 7700 900347", address: "" },
    presentingConcerns: [
      { category: "pain", description: "A dead weight at the base of my spine, worse after a day on site." },
      {
        category: "trauma",
        description: "I still brake from the passenger seat. Every lorry in the mirror makes my heart jump.",
      },
      { category: "depression", description: "I've gone grey inside since the crash." },
    ],
    holisticFactors: {
      personal:
        "54, self-employed carpenter. Grew up in a mining village; his father 'never took a day off'. Divorced in 2018; " +
        "a son (15) and a daughter (17) every other weekend. 'A couple of beers most nights' to get to sleep. " +
        "Physiotherapy in 2024 helped the neck, not the low back. Says he is 'not one for talking'.",
      environmental:
        "Heavy lifting and kneeling at work. Drives the motorway stretch where the collision happened twice a week. " +
        "Lives alone in a cold rented house; the workshop is an unheated barn.",
    },
  },
  portalLogin: { name: "Daniel Okafor", email: "daniel@demo.tessera.example" },
  course: {
    intention:
      "To let the body finish what the collision started, and ease the low back and sacrum so that Daniel can work and rest without bracing.",
    startDate: "2026-03-05",
    endDate: null,
  },
  lifeEvents: [
    {
      age: 8,
      title: "Fell from the hayloft onto his tailbone",
      notes: "At his uncle's farm. Did not tell his parents.",
    },
    { age: 14, title: "Father injured in a roof fall at the mine", notes: "Back at work within a month." },
    { age: null, date: "2015-02-11", title: "Father died", notes: "Lung disease. Daniel was 43." },
    { age: null, date: "2018-05-01", title: "Divorce", notes: "" },
    {
      age: null,
      date: "2023-11-14",
      title: "Rear-end collision on the motorway",
      notes: "Stationary in traffic, hit from behind by a lorry. Whiplash; low back pain since.",
    },
    { age: null, date: "2024-04-08", title: "Back to work part-time", notes: "" },
  ],
  characters: [
    {
      label: "father",
      aspect: "parent",
      description:
        "His father, a miner, in pit overalls with the lamp on his helmet; later older, on the back step.",
    },
    {
      label: "bear",
      aspect: "animal",
      description: "A large brown bear asleep at the back of a cave. Speaks for rest.",
    },
    {
      label: "boy",
      aspect: "child",
      description: "Daniel at eight in a red jumper, lying in the straw after the fall.",
    },
  ],
  threads: [
    {
      key: "impact",
      name: "The collision still in the body",
      description:
        "Bracing in the neck, diaphragm and sacrum; the body returning to its position at impact; the old fall underneath.",
      status: "resolved",
      history: [
        { status: "understood", session: 3, note: "His body was still in the car; the terror finally felt." },
        { status: "resolved", session: 8, note: "He no longer feels the lorry behind him when he drives." },
      ],
    },
    {
      key: "complain",
      name: "Nobody complains in this family",
      description: "His father's rule of getting on with it; fear and pain kept to himself since boyhood.",
      status: "understood",
      history: [
        {
          status: "understood",
          session: 5,
          note: "He told someone for the first time how frightened he was.",
        },
      ],
    },
    {
      key: "rest",
      name: "Rest and worth",
      description: "Guilt when he stops; the bear's view that rest is not laziness.",
      status: "open",
    },
  ],
  sessions: [
    {
      date: "2026-03-05",
      durationMinutes: 75,
      signed: true,
      checkIn:
        "Referred by his physiotherapist. Low back pain 6/10 most days, worse after kneeling. Sleeps 5 hours, wakes at 4. 'Not one for talking.'",
      techniques: [
        T.stillPoint("Slow to come; rhythm weak through the lower body."),
        T.arcing(
          ["sacrum", "neck"],
          "left",
          "Active area left of the sacrum; an older one at the upper neck.",
        ),
        T.pelvicDiaphragm(),
        T.respiratoryDiaphragm(),
        T.sacrum("Stuck, rotated to the left.", "left"),
      ],
      narrative:
        "I explained that he could stay quiet and simply notice. The still point took a long time to come; his rhythm was slow and weak through the lower body. " +
        "Arcing pointed to an active area left of the sacrum and an older one at the upper neck. " +
        "With one hand under the sacrum, Daniel said it felt like a cold stone sitting there. " +
        "At the pelvic diaphragm his legs twitched twice. " +
        "When the sacrum began to move he took a deep breath and his belly softened. " +
        "He said it was the first time in months he had noticed his lower back as something other than pain.",
      pieces: [
        temperature("it felt like a cold stone sitting there", "cold", { regions: ["sacrum"] }),
        sensation("it felt like a cold stone sitting there", { regions: ["sacrum"], threads: ["impact"] }),
        movement("his legs twitched twice", "spasm", { regions: ["legs"] }),
        release("he took a deep breath and his belly softened", {
          regions: ["abdomen"],
          threads: ["impact"],
        }),
      ],
      insights:
        "Guarded and practical. The sacrum is the centre; the neck carries an older, quieter pattern.",
      integration:
        "Ten minutes lying on the floor with knees bent after work. Notice the sacrum against the floor.",
    },
    {
      date: "2026-03-19",
      signed: true,
      checkIn:
        "Back eased for two days. Drove the motorway on Tuesday, gripped the wheel, neck stiff afterwards.",
      techniques: [
        T.stillPoint(),
        T.thoracicInlet(),
        T.occipitalBase("Hard and guarded."),
        T.duralTube("Head moved into the position of the collision; followed without leading."),
        T.significanceDetector(["neck"], "Chin tucked, head in flexion."),
        T.dialogue(["neck", "chest"], "Grounding through the feet."),
      ],
      narrative:
        "At the occipital cranial base the tissue was hard and guarded. " +
        "As I eased the dural tube his head began to move backwards and then forwards into my hands, slowly, as if following the crash. " +
        "I followed without leading. The rhythm stopped, a significance detector, with his chin tucked down. " +
        "He could hear the screech of tyres and smell burnt rubber. " +
        "His heart was racing and he felt terror in his chest. " +
        "I asked him to notice his feet on the table; his breathing slowed. " +
        "A shudder ran through his shoulders and the neck released. " +
        "Afterwards he said his body was still in the car.",
      pieces: [
        movement(
          "his head began to move backwards and then forwards into my hands, slowly, as if following the crash",
          "movement",
          { regions: ["head", "neck"], threads: ["impact"] },
        ),
        sound("He could hear the screech of tyres", { threads: ["impact"] }),
        smell("smell burnt rubber", { threads: ["impact"] }),
        sensation("His heart was racing", { regions: ["heart"] }),
        emotion("he felt terror in his chest", ["fear"], { regions: ["chest"], threads: ["impact"] }),
        movement("A shudder ran through his shoulders", "tremor", { regions: ["shoulders"] }),
        release("the neck released", { regions: ["neck"], threads: ["impact"] }),
        insight("his body was still in the car", { threads: ["impact"] }),
      ],
      insights: "The body replays the collision in flexion and extension. Terror still held in the chest.",
      integration:
        "Before driving, feel the feet on the floor and the back against the seat. Stop if he needs to.",
    },
    {
      date: "2026-04-09",
      signed: true,
      checkIn:
        "Slept through twice. A bad day on site carrying a staircase; back flared. Irritated with himself for 'going soft'.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.sacrum("Rotated to the left and stuck; moved a little to the right.", "left"),
        T.duralTube(),
        T.dialogue(["sacrum", "jaw"], "First appearance of his father."),
      ],
      narrative:
        "The sacrum was rotated to the left and stuck. " +
        "While I held it Daniel said the weight at the base of his spine felt like wet sand. I asked whether it had anything to tell him. " +
        "He saw his father in his pit overalls with the lamp on his helmet. " +
        'His father said, "Stop moaning. Get on with it." ' +
        "Daniel felt his jaw tighten and anger rise into his throat. " +
        "He remembered being fourteen, when his father came home from the mine with his leg crushed and was back at work within a month. " +
        "He said nobody in that house was allowed to be ill. " +
        "The sacrum moved a little to the right and he felt a line of heat up his spine.",
      pieces: [
        sensation("the weight at the base of his spine felt like wet sand", {
          regions: ["sacrum"],
          threads: ["impact"],
        }),
        character("He saw his father in his pit overalls with the lamp on his helmet", "father", "parent"),
        message('His father said, "Stop moaning. Get on with it."', "father", { threads: ["complain"] }),
        sensation("Daniel felt his jaw tighten", { regions: ["jaw"] }),
        emotion("anger rise into his throat", ["anger"], { regions: ["throat"] }),
        memory(
          "He remembered being fourteen, when his father came home from the mine with his leg crushed and was back at work within a month",
          14,
          { threads: ["complain"] },
        ),
        insight("nobody in that house was allowed to be ill", { threads: ["complain"] }),
        release("The sacrum moved a little to the right", { regions: ["sacrum"] }),
        temperature("he felt a line of heat up his spine", "hot", { regions: ["spine"] }),
      ],
      insights:
        "The rule of not complaining comes from his father, reinforced at fourteen. Anger at it is held in the jaw.",
      integration:
        "Stop for a break at lunch on site, even ten minutes. Notice the voice that calls it 'going soft'.",
    },
    {
      date: "2026-05-07",
      signed: true,
      checkIn: "Drank less this fortnight. Pain 4/10. His son asked why he jumps every time a car brakes.",
      techniques: [
        T.stillPoint(),
        T.respiratoryDiaphragm("Tight as a drum."),
        T.thoracicInlet(),
        T.occipitalBase(),
        T.energyCyst(["neck"], "left", "Upper neck, left; head turned right and right shoulder lifted."),
        T.dialogue(["neck", "arms"], ""),
      ],
      narrative:
        "The respiratory diaphragm was tight as a drum, and as it released Daniel felt a burst of heat from his belly up to his face. " +
        "I followed an energy cyst at the left of the upper neck; his head turned right and his right shoulder lifted, the position he was sitting in when the lorry hit. " +
        "His arms trembled for about a minute. " +
        "He remembered the moment of impact, the lorry filling the mirror. " +
        '"I thought I was going to die and nobody would know," he said. ' +
        "His eyes filled and he cried silently. When the trembling stopped, the tissue at the neck was soft under my fingers. " +
        "He said he had never told anyone he was that frightened.",
      pieces: [
        temperature("Daniel felt a burst of heat from his belly up to his face", "hot", {
          regions: ["abdomen", "face"],
        }),
        movement(
          "his head turned right and his right shoulder lifted, the position he was sitting in when the lorry hit",
          "movement",
          { regions: ["head", "shoulders"], laterality: "right", threads: ["impact"] },
        ),
        movement("His arms trembled for about a minute", "tremor", {
          regions: ["arms"],
          threads: ["impact"],
        }),
        memory("He remembered the moment of impact, the lorry filling the mirror", 52, {
          threads: ["impact"],
        }),
        emotion("I thought I was going to die and nobody would know", ["fear"], { threads: ["impact"] }),
        release("His eyes filled and he cried silently", { regions: ["eyes"] }),
        release("the tissue at the neck was soft under my fingers", {
          regions: ["neck"],
          threads: ["impact"],
        }),
        insight("he had never told anyone he was that frightened", { threads: ["complain"] }),
      ],
      insights:
        "The energy cyst at the upper neck held the position of impact. He has named his fear aloud for the first time.",
      integration:
        "Tell one person he trusts something about the crash, if he wants to. Keep the evening floor rest.",
    },
    {
      date: "2026-06-04",
      signed: true,
      checkIn: "Took a week off, his first in years. Felt guilty the whole time. Back 3/10.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.sacrum("Softened early."),
        T.duralTube(),
        T.dialogue(["sacrum", "stomach"], "The bear."),
        T.parietalLift("He drifted into a half sleep."),
      ],
      narrative:
        "As the sacrum softened Daniel sensed a dark cave, with a brown bear lying at the back of it, asleep. " +
        'The bear opened one eye and said, "Winter is for sleeping. Nobody calls me lazy." ' +
        "Daniel laughed and his belly shook. " +
        "Then he felt guilt, a sinking in his stomach, because he had taken the week off. I asked the bear what it made of that. " +
        'It said, "You are not a machine." ' +
        "His lower back filled with a slow warmth and his legs felt heavy and long. " +
        "During the parietal lift he drifted into a half sleep.",
      pieces: [
        release("the sacrum softened", { regions: ["sacrum"], threads: ["impact"] }),
        visual("Daniel sensed a dark cave", []),
        character("a brown bear lying at the back of it, asleep", "bear", "animal"),
        visual("a brown bear lying at the back of it, asleep", ["brown"]),
        message('The bear opened one eye and said, "Winter is for sleeping. Nobody calls me lazy."', "bear", {
          threads: ["rest"],
        }),
        release("Daniel laughed and his belly shook", { regions: ["abdomen"] }),
        emotion("he felt guilt, a sinking in his stomach", ["guilt"], {
          regions: ["stomach"],
          threads: ["rest"],
        }),
        message('It said, "You are not a machine."', "bear", { threads: ["rest"] }),
        temperature("His lower back filled with a slow warmth", "hot", { regions: ["lower-back"] }),
        sensation("his legs felt heavy and long", { regions: ["legs"] }),
      ],
      insights: "The bear gives permission to rest; guilt about stopping sits in the stomach.",
      integration:
        "One unhurried hour at the weekend with no task. Notice the guilt and let the bear answer it.",
    },
    {
      date: "2026-07-09",
      signed: true,
      checkIn:
        "Drove to the coast with the kids; motorway 'fine, mostly'. Neck stiff after. His father's birthday is next week.",
      techniques: [
        T.stillPoint(),
        T.occipitalBase(),
        T.temporal(),
        T.hyoid(),
        T.significanceDetector(["chest"], "Held almost two minutes when he mentioned his father's birthday."),
        T.dialogue(["chest"], "Father, older."),
      ],
      narrative:
        "When Daniel mentioned his father's birthday the rhythm stopped and held for almost two minutes. " +
        "He felt a tightness across his chest like a belt pulled in. " +
        "He saw his father again, older, sitting on the back step with his bad leg stretched out. " +
        'This time his father said, "I was frightened too, son. Every shift." ' +
        "Daniel sobbed, deeply, for the first time in these sessions. His chest heaved and then softened. " +
        "He said he had always believed his father was never afraid, and that this changes how he sees him.",
      pieces: [
        sensation("He felt a tightness across his chest like a belt pulled in", { regions: ["chest"] }),
        character(
          "He saw his father again, older, sitting on the back step with his bad leg stretched out",
          "father",
          "parent",
        ),
        message('his father said, "I was frightened too, son. Every shift."', "father", {
          threads: ["complain"],
        }),
        release("Daniel sobbed, deeply, for the first time in these sessions"),
        release("His chest heaved and then softened", { regions: ["chest"] }),
        insight("he had always believed his father was never afraid, and that this changes how he sees him", {
          threads: ["complain"],
        }),
      ],
      insights:
        "His father's message has changed from 'stop moaning' to 'I was frightened too'. Grief for his father is reachable.",
      integration:
        "If he visits the grave, take time there. Write down anything he would have liked to ask his father.",
    },
    {
      date: "2026-08-20",
      signed: true,
      checkIn:
        "Sleeping 6 to 7 hours. Back 2/10. Beer at weekends only. His daughter starts university; proud and sad.",
      techniques: [
        T.stillPoint(),
        T.arcing(["sacrum"], null, "Only the old area at the sacrum remains active."),
        T.sacrum(),
        T.pelvicDiaphragm(),
        T.duralTube(),
        T.dialogue(["sacrum", "pelvis"], "The boy in the hayloft."),
      ],
      narrative:
        "Arcing now found only the old area at the sacrum. " +
        "With my hand under the sacrum he had a memory of being eight, climbing in the hayloft at his uncle's farm and falling backwards onto the edge of a trough. " +
        "He felt the jolt in his tailbone and a sharp pain that made him gasp. " +
        "He saw a boy in a red jumper lying in the straw, not crying. " +
        "The boy said, \"Don't tell Dad, he'll say I was messing about.\" " +
        "I suggested Daniel sit with the boy for a while. He felt tenderness for him, and his sacrum released with a wide spreading sensation through his pelvis. " +
        "He said the crash landed on top of an old fall.",
      pieces: [
        memory(
          "he had a memory of being eight, climbing in the hayloft at his uncle's farm and falling backwards onto the edge of a trough",
          8,
          { regions: ["sacrum"], threads: ["impact"] },
        ),
        sensation("He felt the jolt in his tailbone and a sharp pain that made him gasp", {
          regions: ["sacrum"],
          threads: ["impact"],
        }),
        character("He saw a boy in a red jumper lying in the straw, not crying", "boy", "child"),
        visual("He saw a boy in a red jumper lying in the straw, not crying", ["red"]),
        message("The boy said, \"Don't tell Dad, he'll say I was messing about.\"", "boy", {
          threads: ["complain"],
        }),
        emotion("He felt tenderness for him", ["love"]),
        release("his sacrum released with a wide spreading sensation through his pelvis", {
          regions: ["sacrum", "pelvis"],
          threads: ["impact"],
        }),
        insight("the crash landed on top of an old fall", { regions: ["sacrum"], threads: ["impact"] }),
      ],
      insights: "The sacral lesion predates the collision: a fall at eight, hidden from his father.",
      integration:
        "Warmth on the low back in the barn (a heat pad). Tell his children something about being eight.",
    },
    {
      date: "2026-09-24",
      signed: true,
      checkIn:
        "A quieter month. Passed the accident spot and noticed his hands stayed loose on the wheel. Pain occasional.",
      techniques: [
        T.stillPoint(),
        T.respiratoryDiaphragm(),
        T.thoracicInlet(),
        T.occipitalBase(),
        T.duralTube("Glided freely."),
        T.frontalLift(),
      ],
      narrative:
        "Little holding in the neck today; the dural tube glided. " +
        "At the thoracic inlet Daniel saw a wide field of green light and felt his breath go all the way down to his pelvis. " +
        "The boy was there, sitting on the bear's back. " +
        'The bear said, "Now you can rest when you are tired, not when you break." ' +
        "His father stood at the edge of the field and nodded. " +
        "Daniel felt calm and a little sad. He said he no longer feels the lorry behind him.",
      pieces: [
        visual("Daniel saw a wide field of green light", ["green"]),
        sensation("felt his breath go all the way down to his pelvis", { regions: ["pelvis"] }),
        character("The boy was there, sitting on the bear's back", "boy", "child"),
        character("The boy was there, sitting on the bear's back", "bear", "animal"),
        message('The bear said, "Now you can rest when you are tired, not when you break."', "bear", {
          threads: ["rest"],
        }),
        character("His father stood at the edge of the field and nodded", "father", "parent"),
        emotion("Daniel felt calm and a little sad", ["calm", "sadness"]),
        insight("he no longer feels the lorry behind him", { threads: ["impact"] }),
      ],
      insights:
        "Integration: the boy, the bear and his father together. The collision no longer feels present.",
      integration: "Sessions every six weeks from here.",
    },
    {
      date: "2026-11-05",
      durationMinutes: 50,
      signed: false,
      checkIn:
        "Winter work coming; worried about the cold barn. Back fine. Asked about spacing sessions further.",
      techniques: [T.stillPoint(), T.sacrum("Moving freely."), T.pelvicDiaphragm(), T.parietalLift()],
      narrative:
        "A maintenance session. The sacrum moved freely and the rhythm was full and even through the legs. " +
        "Daniel felt warmth spreading from his sacrum into his lower back, and a pleasant heaviness in his legs. " +
        "The bear was asleep, and he did not want to wake it. " +
        "He has started stopping for lunch on site, which he has never done.",
      pieces: [
        temperature("Daniel felt warmth spreading from his sacrum into his lower back", "hot", {
          regions: ["sacrum", "lower-back"],
        }),
        sensation("a pleasant heaviness in his legs", { regions: ["legs"] }),
        character("The bear was asleep", "bear", "animal", { threads: ["rest"] }),
      ],
      insights: "",
      integration: "",
    },
  ],
  reflections: [
    {
      date: "2026-03-22",
      sharedWithPractitioner: true,
      text: "Not much to say. Slept badly the night after. Dreamt I was driving and the brakes went soft. Neck is better though.",
      pieces: [visual("Dreamt I was driving and the brakes went soft", [])],
    },
    {
      date: "2026-06-10",
      sharedWithPractitioner: false,
      text: "Keep thinking about the bear. Daft, but I felt lighter all week. Took the kids fishing and didn't check my phone once.",
      pieces: [sensation("I felt lighter all week", { regions: ["whole-body"] })],
    },
    {
      date: "2026-07-16",
      sharedWithPractitioner: true,
      text:
        "Dad said he was frightened too. I went up to the cemetery on his birthday and told him I was sorry I never asked. " +
        "Cried in the car for a long time. Felt like something heavy came off my chest.",
      pieces: [
        release("Cried in the car for a long time"),
        release("something heavy came off my chest", { regions: ["chest"] }),
      ],
    },
  ],
  measures: [
    { instrument: "phq9", date: "2026-03-05", answers: [2, 2, 3, 2, 1, 2, 1, 1, 0] },
    { instrument: "pss10", date: "2026-03-05", answers: [3, 3, 3, 1, 1, 3, 2, 1, 2, 3] },
    { instrument: "phq9", date: "2026-04-09", answers: [2, 2, 2, 2, 1, 2, 1, 1, 0] },
    { instrument: "phq9", date: "2026-06-04", answers: [1, 2, 2, 1, 1, 2, 1, 0, 0] },
    { instrument: "pss10", date: "2026-06-04", answers: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2] },
    { instrument: "phq9", date: "2026-08-20", answers: [1, 1, 1, 1, 1, 1, 0, 0, 0] },
    { instrument: "phq9", date: "2026-11-05", answers: [1, 1, 1, 1, 0, 0, 0, 0, 0] },
    { instrument: "pss10", date: "2026-11-05", answers: [1, 1, 1, 3, 3, 1, 3, 3, 1, 1] },
  ],
  consents: [
    { purpose: "treatment", granted: true, date: "2026-03-05" },
    { purpose: "record-keeping", granted: true, date: "2026-03-05" },
    { purpose: "portal-sharing", granted: true, date: "2026-03-19", notes: "Prefers short notes." },
    {
      purpose: "research",
      granted: true,
      date: "2026-03-05",
      notes: "Later withdrawn: prefers his notes stay within the practice.",
      withdrawn: true,
    },
  ],
};
