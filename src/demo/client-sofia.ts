// Demo client 3: a gut that reacts to loss and threat, grief for her mother, and an early
// belief that needing care makes her too much trouble.
import {
  character,
  emotion,
  innerProcess,
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

export const SOFIA: DemoClient = {
  client: {
    name: "Sofia Brandt",
    dateOfBirth: "1992-01-19",
    pronouns: "she/her",
    contact: { email: "sofia@demo.tessera.example", phone: "+44 7700 900581", address: "" },
    presentingConcerns: [
      { category: "illness", description: "My stomach decides what kind of day I'm going to have." },
      { category: "anxiety", description: "A hum of dread in my belly that never quite switches off." },
      { category: "other", description: "I haven't cried properly since Mum died." },
    ],
    holisticFactors: {
      personal:
        "34, primary-school teacher. Born at 32 weeks; three weeks in an incubator. Eldest of two and 'the easy one' as a child. " +
        "Was her mother's main carer for 18 months until her death in June 2025. IBS diagnosed in 2024; eats irregularly and avoids many foods. Yoga once a week.",
      environmental:
        "A class of 28, Sunday evenings the worst. Lives with her partner Jonas in a flat above a bakery. " +
        "Her mother's house still to be cleared and sold; her brother lives in Canada.",
    },
  },
  portalLogin: { name: "Sofia Brandt", email: "sofia@demo.tessera.example" },
  course: {
    intention:
      "To support Sofia's digestion and nervous system through the first year after her mother's death, and make room for grief held in the belly and heart.",
    startDate: "2026-01-20",
    endDate: null,
  },
  lifeEvents: [
    {
      age: 0,
      title: "Premature birth",
      notes: "Born at 32 weeks; three weeks in an incubator, parents allowed to touch but not hold her.",
    },
    { age: 4, title: "Hospital stay with pneumonia", notes: "Ten days; parents only at visiting hours." },
    {
      age: 7,
      title: "Grandmother died",
      notes: "Her mother's mother, who looked after her when her mother worked nights.",
    },
    {
      age: 11,
      title: "Parents separated",
      notes: "Moved with her mother and brother; praised for being 'so grown-up'.",
    },
    { age: null, date: "2024-03-05", title: "IBS diagnosed", notes: "" },
    {
      age: null,
      date: "2025-06-30",
      title: "Mother died",
      notes: "Ovarian cancer after 18 months of illness; Sofia was her main carer.",
    },
  ],
  characters: [
    {
      label: "voice",
      aspect: "critic",
      description:
        "A thin, sharp voice in the solar plexus; later seen as a small grey woman with a clipboard.",
    },
    { label: "baby", aspect: "child", description: "Sofia as a premature baby in the incubator." },
    {
      label: "grandmother",
      aspect: "ancestor",
      description: "Her mother's mother, in a blue apron; smells of chamomile and bread.",
    },
    {
      label: "mother",
      aspect: "parent",
      description: "Her mother, first as she was at the end of her illness.",
    },
  ],
  threads: [
    {
      key: "trouble",
      name: "Too much trouble",
      description:
        "The belief that her needs are a burden: from the incubator and hospital to caring for her mother.",
      status: "understood",
    },
    {
      key: "grief",
      name: "Grief for Mum",
      description: "Tears not cried since her mother's death, held in the stomach and around the heart.",
      status: "understood",
    },
    {
      key: "belly",
      name: "The belly as the weather of the day",
      description:
        "How the gut answers safety and threat; flares follow loss, inspections and Sunday evenings.",
      status: "open",
    },
    {
      key: "alone",
      name: "Alone when ill",
      description: "The incubator and the hospital stay at four: being ill meant being alone.",
      status: "resolved",
    },
  ],
  sessions: [
    {
      date: "2026-01-20",
      durationMinutes: 75,
      signed: true,
      checkIn:
        "First session. IBS flares most weeks, bloating and cramps, worst on Sunday evenings. Her mother died last June. 'I'm fine, just tired.' Sleeps 6 hours.",
      techniques: [
        T.stillPoint("Rhythm quick, amplitude low."),
        T.arcing(["solar-plexus", "abdomen"], "left", "Solar plexus and left abdomen."),
        T.respiratoryDiaphragm(),
        T.pelvicDiaphragm(),
        T.thoracicInlet(),
      ],
      narrative:
        "Sofia arrived apologising for being a few minutes late. I began with a still point; her rhythm was quick and the amplitude low. " +
        "Arcing led to the solar plexus and to the left side of the abdomen. " +
        "At the respiratory diaphragm she reported a fluttering under her ribs, like a trapped bird. " +
        "Her belly gurgled loudly and she apologised again. " +
        "As the pelvic diaphragm softened she felt a slow warmth in her lower belly. " +
        "Near the end her eyes filled but she held the tears back. " +
        "She said she is always waiting for her stomach to let her down.",
      pieces: [
        sensation("she reported a fluttering under her ribs, like a trapped bird", {
          regions: ["diaphragm"],
          threads: ["belly"],
        }),
        innerProcess("Her belly gurgled loudly", { regions: ["abdomen"], threads: ["belly"] }),
        temperature("she felt a slow warmth in her lower belly", "hot", { regions: ["abdomen"] }),
        insight("she is always waiting for her stomach to let her down", {
          regions: ["stomach"],
          threads: ["belly"],
        }),
      ],
      insights: "Apologises often; the gut is where her vigilance lives. Tears close but held.",
      integration: "A warm hand on the belly for five minutes before sleep. Regular breakfast if she can.",
    },
    {
      date: "2026-02-03",
      signed: true,
      checkIn:
        "Two calmer days after the session. Cleared some of her mother's wardrobe at the weekend; cramps that night.",
      techniques: [
        T.stillPoint(),
        T.respiratoryDiaphragm(),
        T.significanceDetector(["stomach"], "When she mentioned her mother's cardigans."),
        T.hyoid(),
        T.duralTube(),
        T.dialogue(["solar-plexus"], "First contact with the voice."),
      ],
      narrative:
        "At the respiratory diaphragm the rhythm stopped abruptly as she mentioned her mother's cardigans, a significance detector. " +
        "Sofia felt a heaviness pressing down on her stomach. " +
        "She smelled her mother's perfume, powdery and sweet. " +
        'A thin voice in her solar plexus said, "Don\'t make a fuss, there are people with real problems." ' +
        "Her stomach clenched and she felt shame. " +
        'I asked the voice how long it had been there; it said, "Always." ' +
        "Her breathing grew shallow, so I brought her attention to the support of the table, and it deepened again.",
      pieces: [
        sensation("Sofia felt a heaviness pressing down on her stomach", {
          regions: ["stomach"],
          threads: ["grief"],
        }),
        smell("She smelled her mother's perfume, powdery and sweet", { threads: ["grief"] }),
        character("A thin voice in her solar plexus", "voice", "critic", { regions: ["solar-plexus"] }),
        message('"Don\'t make a fuss, there are people with real problems."', "voice", {
          regions: ["solar-plexus"],
          threads: ["trouble"],
        }),
        sensation("Her stomach clenched", { regions: ["stomach"], threads: ["belly"] }),
        emotion("she felt shame", ["shame"], { threads: ["trouble"] }),
        message('it said, "Always."', "voice", { regions: ["solar-plexus"], threads: ["trouble"] }),
      ],
      insights: "Grief and the critic arrive together: the voice forbids a fuss about her loss.",
      integration: "Notice the voice during the week and write down what it says, without arguing with it.",
    },
    {
      date: "2026-02-24",
      signed: true,
      checkIn:
        "Flare after parents' evening. Her brother called from Canada; they argued about selling the house.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.sacrum("One hand under the sacrum, one over the lower abdomen."),
        T.respiratoryDiaphragm(),
        T.dialogue(["abdomen"], "The baby in the incubator."),
        T.frontalLift(),
      ],
      narrative:
        "With one hand under the sacrum and one over the lower abdomen, Sofia felt her gut twisting slowly to the left. " +
        "She saw a glass box full of bright white light, and a tiny baby inside with wires on its chest. " +
        'She said, "That\'s me. I was born too early." ' +
        "The baby was very still. \"If I'm quiet they'll keep me,\" it said. " +
        "Sofia felt lonely, and her feet went icy. I asked what the baby needed. " +
        'The baby said, "A hand on me." ' +
        "I placed my hand lightly over her abdomen and her whole belly softened. " +
        "She realised that being no trouble began long before she could remember.",
      pieces: [
        innerProcess("Sofia felt her gut twisting slowly to the left", {
          regions: ["intestines"],
          threads: ["belly"],
        }),
        visual("She saw a glass box full of bright white light", ["white"], { threads: ["alone"] }),
        character("a tiny baby inside with wires on its chest", "baby", "child"),
        memory('"That\'s me. I was born too early."', null, { period: "birth", threads: ["alone"] }),
        message("\"If I'm quiet they'll keep me,\" it said", "baby", { threads: ["trouble", "alone"] }),
        emotion("Sofia felt lonely", ["loneliness"], { threads: ["alone"] }),
        temperature("her feet went icy", "cold", { regions: ["feet"] }),
        message('The baby said, "A hand on me."', "baby", { threads: ["alone"] }),
        release("her whole belly softened", { regions: ["abdomen"], threads: ["belly"] }),
        insight("being no trouble began long before she could remember", { threads: ["trouble"] }),
      ],
      insights:
        "The belief 'be quiet and they'll keep me' goes back to the incubator. Touch settled the gut at once.",
      integration: "Ask her father what he remembers of the incubator weeks, if she wants to.",
    },
    {
      date: "2026-03-17",
      signed: true,
      checkIn:
        "A better fortnight. Ate breakfast most days. Asked the head teacher for a lighter duty week and got it.",
      techniques: [
        T.stillPoint(),
        T.thoracicInlet("Released quickly."),
        T.hyoid(),
        T.occipitalBase(),
        T.temporal(),
        T.dialogue(["chest"], "The grandmother."),
      ],
      narrative:
        "The thoracic inlet released quickly and Sofia felt her shoulders widen. " +
        "At the occipital cranial base she smelled chamomile and fresh bread and said it was her grandmother's kitchen. " +
        "Her grandmother appeared in a blue apron, drying her hands. " +
        'She said, "You were never any trouble to me, little mouse." ' +
        "Sofia felt warmth in her chest. She felt joy and laughed. " +
        "She remembered being five and sleeping in her grandmother's bed when her mother worked nights. " +
        "Her belly was quiet for the rest of the session.",
      pieces: [
        release("Sofia felt her shoulders widen", { regions: ["shoulders"] }),
        smell("she smelled chamomile and fresh bread"),
        character("Her grandmother appeared in a blue apron, drying her hands", "grandmother", "ancestor"),
        visual("Her grandmother appeared in a blue apron, drying her hands", ["blue"]),
        message('She said, "You were never any trouble to me, little mouse."', "grandmother", {
          threads: ["trouble"],
        }),
        temperature("Sofia felt warmth in her chest", "hot", { regions: ["chest"] }),
        emotion("She felt joy and laughed", ["joy"]),
        memory(
          "She remembered being five and sleeping in her grandmother's bed when her mother worked nights",
          5,
        ),
      ],
      insights: "A resource: the grandmother, for whom she was never trouble.",
      integration: "Chamomile tea in the evening as a reminder of her grandmother's kitchen.",
    },
    {
      date: "2026-04-14",
      signed: true,
      checkIn:
        "Easter holidays. Two days clearing her mother's house. A bad flare, 'the worst since the funeral'.",
      techniques: [
        T.stillPoint("Repeated; began side-lying."),
        T.sacrum("Side-lying, with one hand at the occiput."),
        T.respiratoryDiaphragm(),
        T.pelvicDiaphragm(),
        T.duralTube(),
        T.dialogue(["abdomen", "chest"], "Asked the voice what it fears."),
      ],
      narrative:
        "Sofia was pale and curled on her side, so we began side-lying at the sacrum and occiput until she could turn. " +
        "She described a cramping in her lower abdomen, hot and tight like a fist. " +
        'The voice came back, louder: "Look at you, falling apart over a house." ' +
        "She felt anger flash in her chest, then guilt. I invited her to ask the voice what it was afraid of. " +
        'After a pause it said, "If you fall apart, nobody will come." ' +
        "Her whole body began to shake, and I kept my hands still at the sacrum and occiput. " +
        "When the shaking stopped she felt very tired and heavy. " +
        "She said the voice sounds like the fear she had in hospital at four.",
      pieces: [
        sensation("She described a cramping in her lower abdomen, hot and tight like a fist", {
          regions: ["abdomen"],
          threads: ["belly"],
        }),
        temperature("She described a cramping in her lower abdomen, hot and tight like a fist", "hot", {
          regions: ["abdomen"],
        }),
        character("The voice came back, louder", "voice", "critic"),
        message('"Look at you, falling apart over a house."', "voice", { threads: ["trouble", "grief"] }),
        emotion("She felt anger flash in her chest, then guilt", ["anger", "guilt"], { regions: ["chest"] }),
        message('it said, "If you fall apart, nobody will come."', "voice", {
          threads: ["trouble", "alone"],
        }),
        movement("Her whole body began to shake", "tremor", { regions: ["whole-body"] }),
        sensation("she felt very tired and heavy", { regions: ["whole-body"] }),
        insight("the voice sounds like the fear she had in hospital at four", { threads: ["alone"] }),
      ],
      insights:
        "The critic fears abandonment if she falls apart; it sounds like the four-year-old in hospital.",
      integration: "Rest and simple food this week. Let Jonas help with the house.",
    },
    {
      date: "2026-05-05",
      signed: true,
      checkIn: "Noticed the voice in a staff meeting. Said no to running an extra club. Stomach mixed.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.sacrum(),
        T.respiratoryDiaphragm(),
        T.hyoid(),
        T.dialogue(["stomach", "solar-plexus"], "The voice seen for the first time."),
      ],
      narrative:
        "At the respiratory diaphragm Sofia had a memory of being four, in a hospital cot with metal bars, her mother waving through the glass at the end of visiting time. " +
        "She felt a cold wave move from her stomach to her hands. " +
        "The voice was there but quieter, and she saw it for the first time, a small grey woman with a clipboard. " +
        'It said, "I kept you good so the nurses would like you." ' +
        "Sofia thanked it and felt sadness, and tears ran down into her ears. " +
        "Her belly let go with a long gurgle and a deep breath. " +
        "She said the voice was trying to help a four-year-old survive.",
      pieces: [
        memory(
          "Sofia had a memory of being four, in a hospital cot with metal bars, her mother waving through the glass at the end of visiting time",
          4,
          { threads: ["alone"] },
        ),
        temperature("She felt a cold wave move from her stomach to her hands", "cold", {
          regions: ["stomach", "hands"],
        }),
        character("she saw it for the first time, a small grey woman with a clipboard", "voice", "critic"),
        visual("she saw it for the first time, a small grey woman with a clipboard", ["grey"]),
        message('It said, "I kept you good so the nurses would like you."', "voice", {
          threads: ["trouble"],
        }),
        message("Sofia thanked it", "voice"),
        emotion("felt sadness", ["sadness"]),
        release("tears ran down into her ears"),
        release("Her belly let go with a long gurgle and a deep breath", {
          regions: ["abdomen"],
          threads: ["belly"],
        }),
        insight("the voice was trying to help a four-year-old survive", { threads: ["trouble", "alone"] }),
      ],
      insights: "The critic is reframed as a protector of the four-year-old in hospital.",
      integration: "When the voice speaks, answer it kindly: 'thank you, I'm safe now'.",
    },
    {
      date: "2026-06-02",
      signed: true,
      checkIn:
        "The anniversary of her mother's death is at the end of the month. Dreading it. Stomach 'holding its breath'.",
      techniques: [
        T.stillPoint(),
        T.thoracicInlet("Ache left of the sternum.", "left"),
        T.respiratoryDiaphragm(),
        T.frontalLift(),
        T.parietalLift(),
        T.dialogue(["heart", "chest"], "Her mother."),
      ],
      narrative:
        "I kept the session gentle. At the thoracic inlet Sofia felt an ache behind her breastbone, on the left, around her heart. " +
        "She heard her mother humming a song from when she was small, but could not name it. " +
        "Her mother appeared, thin as she was at the end, in the blue hospice blanket. " +
        'Her mother said, "You did enough. You can stop now." ' +
        "Sofia wept for a long time, loud sobbing that shook her ribs. " +
        "Afterwards she felt hollow and clean, and her breath reached her belly. " +
        "She said she had been caring for her mother even after she died.",
      pieces: [
        sensation("Sofia felt an ache behind her breastbone, on the left, around her heart", {
          regions: ["heart"],
          laterality: "left",
          threads: ["grief"],
        }),
        sound("She heard her mother humming a song from when she was small", { threads: ["grief"] }),
        character(
          "Her mother appeared, thin as she was at the end, in the blue hospice blanket",
          "mother",
          "parent",
        ),
        visual("Her mother appeared, thin as she was at the end, in the blue hospice blanket", ["blue"]),
        message('Her mother said, "You did enough. You can stop now."', "mother", {
          threads: ["grief", "trouble"],
        }),
        release("Sofia wept for a long time, loud sobbing that shook her ribs", {
          regions: ["chest"],
          threads: ["grief"],
        }),
        sensation("she felt hollow and clean, and her breath reached her belly", { regions: ["abdomen"] }),
        insight("she had been caring for her mother even after she died", { threads: ["grief"] }),
      ],
      insights: "The first full release of grief. Her mother releases her from caring.",
      integration: "Plan the anniversary with someone. Let tears come when they come.",
    },
    {
      date: "2026-07-07",
      signed: true,
      checkIn:
        "The anniversary was 'sad but not terrible'. Planted roses at the grave with her brother on a video call. Stomach the best in months.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.sacrum(),
        T.duralTube("Lengthening."),
        T.parietalLift(),
        T.dialogue([], "Garden image."),
      ],
      narrative:
        "A quiet, warm session. As the dural tube lengthened Sofia felt a gentle current running from her tailbone to the crown of her head. " +
        "She saw a garden with pink roses and golden light. " +
        "Her grandmother was kneeling among the roses, and the baby was lying in a basket beside her. " +
        'Her grandmother said, "She doesn\'t need the glass box any more." ' +
        "Sofia felt love and relief. " +
        "Her intestines felt, in her words, like they were unknotting one loop at a time.",
      pieces: [
        sensation("Sofia felt a gentle current running from her tailbone to the crown of her head", {
          regions: ["sacrum", "spine", "head"],
        }),
        visual("She saw a garden with pink roses and golden light", ["pink", "gold"]),
        character("Her grandmother was kneeling among the roses", "grandmother", "ancestor"),
        character("the baby was lying in a basket beside her", "baby", "child"),
        message('Her grandmother said, "She doesn\'t need the glass box any more."', "grandmother", {
          threads: ["alone"],
        }),
        emotion("Sofia felt love and relief", ["love", "relief"]),
        innerProcess("Her intestines felt, in her words, like they were unknotting one loop at a time", {
          regions: ["intestines"],
          threads: ["belly"],
        }),
      ],
      insights:
        "The baby is no longer alone: held in the grandmother's garden. The gut releasing in the session itself.",
      integration: "Enjoy the summer; no homework.",
    },
    {
      date: "2026-09-08",
      signed: true,
      checkIn:
        "New school year with a class of 30. Stomach tense in the first week. Eating lunch with colleagues again.",
      techniques: [
        T.stillPoint(),
        T.arcing(["solar-plexus"], null, "Solar plexus active again."),
        T.respiratoryDiaphragm(),
        T.hyoid(),
        T.occipitalBase(),
        T.dialogue(["solar-plexus", "stomach"], "She answered the voice herself."),
      ],
      narrative:
        "Arcing picked up the solar plexus again. " +
        "As I held the respiratory diaphragm the voice spoke before I asked: \"They'll see you can't cope.\" " +
        "Sofia noticed her stomach tighten and then, without prompting, answered it: " +
        '"I can cope, and I can also ask for help." ' +
        'The voice was silent, then said, "I\'m tired of keeping watch." ' +
        "She felt compassion for it, a warmth around her solar plexus. " +
        "The tightness in her stomach dissolved. " +
        "She said she doesn't need to silence the voice, only to stop obeying it.",
      pieces: [
        message("\"They'll see you can't cope.\"", "voice", { threads: ["trouble"] }),
        sensation("Sofia noticed her stomach tighten", { regions: ["stomach"], threads: ["belly"] }),
        message('"I can cope, and I can also ask for help."', "voice", { threads: ["trouble"] }),
        message('"I\'m tired of keeping watch."', "voice"),
        emotion("She felt compassion for it, a warmth around her solar plexus", ["love"], {
          regions: ["solar-plexus"],
        }),
        release("The tightness in her stomach dissolved", { regions: ["stomach"], threads: ["belly"] }),
        insight("she doesn't need to silence the voice, only to stop obeying it", { threads: ["trouble"] }),
      ],
      insights: "She answers the critic herself; the critic is tired. Compassion replaces shame.",
      integration: "Keep eating lunch with colleagues. One request for help a week.",
    },
    {
      date: "2026-10-06",
      signed: true,
      checkIn:
        "A cold and a flare after a school inspection. Her mother's house is sold; relief and guilt together.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm("Dragging in the lower belly."),
        T.respiratoryDiaphragm(),
        T.thoracicInlet(),
        T.duralTube(),
        T.frontalLift(),
      ],
      narrative:
        "At the pelvic diaphragm Sofia felt a dragging in her lower belly that she linked to the sale of the house. " +
        "She remembered being eleven, carrying boxes out of the family home when her parents separated, and being told she was so grown-up. " +
        "She felt anger at that praise, hot in her face. " +
        "Then she saw the empty rooms of her mother's house filled with yellow light. " +
        "She felt relief, and then calm. " +
        "Her belly softened under my hand and her feet grew warm.",
      pieces: [
        sensation("Sofia felt a dragging in her lower belly", {
          regions: ["abdomen"],
          threads: ["belly", "grief"],
        }),
        memory(
          "She remembered being eleven, carrying boxes out of the family home when her parents separated, and being told she was so grown-up",
          11,
          { threads: ["trouble"] },
        ),
        emotion("She felt anger at that praise, hot in her face", ["anger"], { regions: ["face"] }),
        temperature("She felt anger at that praise, hot in her face", "hot", { regions: ["face"] }),
        visual("she saw the empty rooms of her mother's house filled with yellow light", ["yellow"], {
          threads: ["grief"],
        }),
        emotion("She felt relief, and then calm", ["relief", "calm"]),
        release("Her belly softened under my hand", { regions: ["abdomen"], threads: ["belly"] }),
        temperature("her feet grew warm", "hot", { regions: ["feet"] }),
      ],
      insights:
        "Being 'grown-up' at eleven was the same rule as the incubator: need nothing. The house can be let go.",
      integration: "Write down three things she needs this month, however small.",
    },
    {
      date: "2026-10-27",
      signed: true,
      checkIn:
        "Sundays easier; flares 'once every couple of weeks, and shorter'. Thinking about what she needs for herself.",
      techniques: [
        T.stillPoint(),
        T.sacrum(),
        T.pelvicDiaphragm(),
        T.respiratoryDiaphragm(),
        T.hyoid(),
        T.dialogue(["pelvis", "chest"], "Baby reaches for her; the voice changes its message."),
      ],
      narrative:
        "Sofia settled quickly. At the sacrum she felt a warm pulsing spread through her pelvis. " +
        "The baby came again, now sitting up in the grandmother's lap and reaching towards her. " +
        'The baby said, "Pick me up." ' +
        "Sofia imagined holding her and felt joy, and her chest opened. " +
        "The voice was present too, standing further off. " +
        'It said, "You\'re allowed to need things." ' +
        "She laughed at how different it sounded. " +
        "She said she is beginning to believe her needs are not a burden.",
      pieces: [
        sensation("she felt a warm pulsing spread through her pelvis", { regions: ["pelvis"] }),
        temperature("she felt a warm pulsing spread through her pelvis", "hot", { regions: ["pelvis"] }),
        character(
          "The baby came again, now sitting up in the grandmother's lap and reaching towards her",
          "baby",
          "child",
        ),
        character(
          "The baby came again, now sitting up in the grandmother's lap and reaching towards her",
          "grandmother",
          "ancestor",
        ),
        message('The baby said, "Pick me up."', "baby", { threads: ["trouble", "alone"] }),
        emotion("felt joy", ["joy"]),
        release("her chest opened", { regions: ["chest"] }),
        character("The voice was present too, standing further off", "voice", "critic"),
        message('It said, "You\'re allowed to need things."', "voice", { threads: ["trouble"] }),
        insight("she is beginning to believe her needs are not a burden", { threads: ["trouble"] }),
      ],
      insights:
        "The critic's message has turned round: from 'don't make a fuss' to 'you're allowed to need things'.",
      integration: "Sessions monthly from December.",
    },
    {
      date: "2026-11-19",
      durationMinutes: 45,
      signed: false,
      checkIn:
        "Stomach settled. Christmas with her partner's family; some dread about the first holidays 'where I'm not looking after anyone'.",
      techniques: [T.stillPoint(), T.respiratoryDiaphragm(), T.thoracicInlet(), T.parietalLift()],
      narrative:
        "A short session to settle. Sofia felt her breath move easily into her belly. " +
        "She saw her mother and grandmother standing together at a window, both smiling. " +
        'Her mother said, "Go and have your own Christmas." ' +
        "Sofia felt sadness and love at once, and cried softly. Her belly stayed quiet.",
      pieces: [
        sensation("Sofia felt her breath move easily into her belly", { regions: ["abdomen"] }),
        character(
          "She saw her mother and grandmother standing together at a window, both smiling",
          "mother",
          "parent",
        ),
        character(
          "She saw her mother and grandmother standing together at a window, both smiling",
          "grandmother",
          "ancestor",
        ),
        message('Her mother said, "Go and have your own Christmas."', "mother", { threads: ["grief"] }),
        emotion("Sofia felt sadness and love at once", ["sadness", "love"], { threads: ["grief"] }),
        release("cried softly"),
      ],
      insights: "",
      integration: "",
    },
  ],
  reflections: [
    {
      date: "2026-01-25",
      sharedWithPractitioner: true,
      text: "My stomach was calm for two whole days after the session. Then Sunday came. I keep thinking about the bird under my ribs.",
      pieces: [
        sensation("My stomach was calm for two whole days after the session", { regions: ["stomach"] }),
      ],
    },
    {
      date: "2026-03-01",
      sharedWithPractitioner: true,
      text:
        "I asked Dad about the incubator. He said Mum sat beside it every day and wasn't allowed to hold me for two weeks. " +
        "I cried on the phone. I didn't know she wanted to hold me.",
      pieces: [
        memory("Mum sat beside it every day and wasn't allowed to hold me for two weeks", null, {
          period: "birth",
        }),
        release("I cried on the phone"),
        insight("I didn't know she wanted to hold me"),
      ],
    },
    {
      date: "2026-04-20",
      sharedWithPractitioner: false,
      text: "I'm furious with my brother for leaving the house to me. I'm furious with Mum for dying. I can't say that to anyone yet.",
      pieces: [
        emotion("I'm furious with my brother for leaving the house to me", ["anger"]),
        emotion("I'm furious with Mum for dying", ["anger"]),
      ],
    },
    {
      date: "2026-06-30",
      sharedWithPractitioner: true,
      text: "One year today. I lit a candle and the flame was a clear gold. I felt Mum close, like a warm hand between my shoulder blades. I ate a proper dinner.",
      pieces: [
        visual("the flame was a clear gold", ["gold"]),
        temperature("like a warm hand between my shoulder blades", "hot", { regions: ["upper-back"] }),
      ],
    },
    {
      date: "2026-10-30",
      sharedWithPractitioner: true,
      text: "I dreamt of the baby again, this time crawling on grass. I woke up hungry, which never happens.",
      pieces: [
        visual("I dreamt of the baby again, this time crawling on grass", []),
        sensation("I woke up hungry", { regions: ["stomach"] }),
      ],
    },
  ],
  measures: [
    { instrument: "gad7", date: "2026-01-20", answers: [2, 2, 2, 2, 1, 2, 2] },
    { instrument: "phq9", date: "2026-01-20", answers: [2, 2, 2, 3, 2, 1, 1, 1, 0] },
    { instrument: "gad7", date: "2026-02-24", answers: [2, 2, 2, 2, 1, 1, 2] },
    { instrument: "gad7", date: "2026-04-14", answers: [3, 2, 2, 2, 1, 2, 2] },
    { instrument: "phq9", date: "2026-04-14", answers: [2, 2, 2, 2, 2, 2, 1, 1, 0] },
    { instrument: "gad7", date: "2026-06-02", answers: [2, 1, 2, 1, 1, 1, 2] },
    { instrument: "phq9", date: "2026-06-02", answers: [2, 1, 2, 2, 1, 1, 1, 0, 0] },
    { instrument: "gad7", date: "2026-09-08", answers: [1, 1, 1, 1, 1, 1, 1] },
    { instrument: "phq9", date: "2026-09-08", answers: [1, 1, 1, 1, 1, 1, 0, 0, 0] },
    { instrument: "gad7", date: "2026-10-27", answers: [1, 1, 1, 0, 0, 1, 1] },
    { instrument: "phq9", date: "2026-10-27", answers: [1, 0, 1, 1, 1, 0, 0, 0, 0] },
  ],
  consents: [
    { purpose: "treatment", granted: true, date: "2026-01-20" },
    { purpose: "record-keeping", granted: true, date: "2026-01-20" },
    { purpose: "portal-sharing", granted: true, date: "2026-01-20" },
    { purpose: "research", granted: true, date: "2026-06-02", notes: "Anonymised outcome measures only." },
  ],
};
