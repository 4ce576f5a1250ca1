// Demo client 1: throat and jaw holding words that could not be said at the family table.
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
  taste,
  temperature,
  visual,
} from "./demo-builders";
import type { DemoClient } from "./demo-types";

export const MARA: DemoClient = {
  client: {
    name: "Mara Lindqvist",
    dateOfBirth: "1984-03-12",
    pronouns: "she/her",
    contact: { email: "mara@demo.tessera.example", phone: "+44 7700 900112", address: "" },
    presentingConcerns: [
      { category: "anxiety", description: "A lump in my throat whenever I have to speak up at work." },
      { category: "pain", description: "My jaw aches every morning, I grind my teeth at night." },
      { category: "stress", description: "Work has been restructuring for months and I can't switch off." },
    ],
    holisticFactors: {
      personal:
        "42, project lead. Grew up with a father whose temper ruled the house and a mother who kept the peace. " +
        "Describes herself as a perfectionist who 'keeps everything in'. Sleeps 5 to 6 hours; night splint for bruxism since 2019. " +
        "Tonsillectomy at nine. Walks at weekends; used to sing in a choir.",
      environmental:
        "Open-plan office; a restructuring announced in autumn 2025 with a new manager expected. " +
        "Lives with her partner in a small flat on a busy road. Mother lives two hours away; father died in 2020.",
    },
  },
  portalLogin: { name: "Mara Lindqvist", email: "mara@demo.tessera.example" },
  course: {
    intention:
      "To soften the holding in Mara's throat and jaw, and to let her find her own voice at work and at home at her own pace.",
    startDate: "2026-02-10",
    endDate: null,
  },
  lifeEvents: [
    {
      age: 6,
      title: "Father's outbursts at the dinner table",
      notes: "Learned to stay silent so the shouting would stop sooner.",
    },
    {
      age: 9,
      title: "Tonsillectomy",
      notes: "Several days in hospital, told not to speak while her throat healed.",
    },
    { age: 17, title: "Left home for college", notes: "" },
    {
      age: null,
      date: "2019-04-15",
      title: "Night splint fitted for bruxism",
      notes: "Dentist noted worn molars on the right.",
    },
    {
      age: null,
      date: "2020-11-02",
      title: "Father died",
      notes: "Heart attack. 'I didn't feel much at the time.'",
    },
    { age: null, date: "2025-09-22", title: "Restructuring announced at work", notes: "" },
  ],
  characters: [
    {
      label: "little girl",
      aspect: "child",
      description:
        "Mara at about six, at the kitchen table with her hands over her mouth while her father shouts.",
    },
    {
      label: "guard",
      aspect: "protector",
      description:
        "A tall figure in grey armour standing across her throat. Keeps words in to keep her safe; arrived when she was nine.",
    },
    {
      label: "owl",
      aspect: "animal",
      description: "A white owl on a branch above her head. Comes when she is settled; speaks little.",
    },
    {
      label: "mother",
      aspect: "parent",
      description: "Her mother as she was in Mara's childhood, at the kitchen sink.",
    },
  ],
  threads: [
    {
      key: "throat",
      name: "Words held in the throat and jaw",
      description:
        "Tightness at the hyoid and clenching of the jaw carry what she could not say as a child; the guard keeps them shut.",
      status: "understood",
    },
    {
      key: "peace",
      name: "Keeping the peace at the table",
      description:
        "Staying quiet so father would calm down, a rule learned from her mother; it repeats as silence in meetings.",
      status: "resolved",
    },
    {
      key: "voice",
      name: "Speaking up at work",
      description:
        "Raising workload and priorities with managers; practising being heard while the throat stays open.",
      status: "open",
    },
  ],
  sessions: [
    {
      date: "2026-02-10",
      durationMinutes: 75,
      signed: true,
      checkIn:
        "First session. A constant lump in her throat for about a year, worse before team meetings. Wakes most mornings with an aching jaw (6/10). Sleep broken, 5 to 6 hours.",
      techniques: [
        T.stillPoint("Rhythm fast and shallow; several minutes to settle."),
        T.respiratoryDiaphragm(),
        T.thoracicInlet("Dense on the left.", "left"),
        T.hyoid("Held until the tissue softened."),
        T.occipitalBase(),
        T.tmj("both"),
      ],
      narrative:
        "I began with a still point at the occiput; the rhythm was fast and shallow and took several minutes to settle. " +
        "At the respiratory diaphragm Mara reported a band of pressure under her ribs that eased as she breathed into my hand. " +
        "The thoracic inlet was dense on the left. At the hyoid she said her throat felt as if someone had a hand around it, and she swallowed again and again. " +
        "I stayed with the hyoid until the tissue softened and she let out a long breath through her mouth. " +
        "During TMJ decompression her jaw trembled slightly on the right and she said she could taste metal, like biting on foil. " +
        "No images came today. Afterwards she said she had not realised how hard she holds her mouth shut.",
      pieces: [
        sensation("Mara reported a band of pressure under her ribs", { regions: ["diaphragm"] }),
        sensation("her throat felt as if someone had a hand around it", {
          regions: ["throat"],
          threads: ["throat"],
        }),
        release("the tissue softened and she let out a long breath through her mouth", {
          regions: ["throat"],
          threads: ["throat"],
        }),
        movement("her jaw trembled slightly on the right", "tremor", {
          regions: ["jaw"],
          laterality: "right",
          threads: ["throat"],
        }),
        taste("she could taste metal, like biting on foil", { regions: ["mouth"] }),
        insight("she had not realised how hard she holds her mouth shut", {
          regions: ["mouth"],
          threads: ["throat"],
        }),
      ],
      insights:
        "Throat and jaw carry the effort of staying quiet. Start with the transverse diaphragms and go slowly; she is not used to attention on her body.",
      integration:
        "When she notices the jaw clenching, three slow breaths with the tongue resting on the floor of the mouth. Write down anything that comes up.",
    },
    {
      date: "2026-02-26",
      signed: true,
      checkIn:
        "Slept better for two nights after the first session, then back to usual. A difficult meeting on Monday where she said nothing and felt the lump rise.",
      techniques: [
        T.stillPoint("Came more quickly than last time."),
        T.pelvicDiaphragm(),
        T.arcing(["throat", "chest"], "left", "Front of the throat and left of the sternum."),
        T.hyoid(),
        T.occipitalBase("One hand under the occiput, one at the hyoid."),
        T.frontalLift(),
        T.dialogue(["throat"], "First contact with the little girl."),
      ],
      narrative:
        "The still point came more quickly than last time. Arcing drew my attention to the front of the throat and to the left of the sternum. " +
        "With one hand under the occiput and one on the hyoid, Mara felt heat rising from her chest into her face. " +
        "She said she was six again, sitting at the kitchen table while her father shouted about money. " +
        "She saw the yellow oilcloth on the table and her own hands pressed over her mouth. " +
        "I asked what the girl was feeling; she said she was frightened and trying to make herself invisible. " +
        "A little girl in a red cardigan was sitting on the chair, very still. " +
        'The girl said, "If I don\'t say anything, it stops sooner." ' +
        "Mara cried quietly for some minutes and her shoulders dropped. " +
        "During the frontal lift she felt lighter behind the eyes. " +
        "She said she understands now why her throat closes when a senior manager raises his voice.",
      pieces: [
        temperature("Mara felt heat rising from her chest into her face", "hot", {
          regions: ["chest", "face"],
        }),
        memory("she was six again, sitting at the kitchen table while her father shouted about money", 6, {
          threads: ["peace"],
        }),
        visual(
          "She saw the yellow oilcloth on the table and her own hands pressed over her mouth",
          ["yellow"],
          {
            threads: ["throat"],
          },
        ),
        emotion("she was frightened and trying to make herself invisible", ["fear"]),
        character(
          "A little girl in a red cardigan was sitting on the chair, very still",
          "little girl",
          "child",
        ),
        visual("A little girl in a red cardigan was sitting on the chair, very still", ["red"]),
        message('The girl said, "If I don\'t say anything, it stops sooner."', "little girl", {
          threads: ["throat", "peace"],
        }),
        release("Mara cried quietly for some minutes and her shoulders dropped", { regions: ["shoulders"] }),
        sensation("she felt lighter behind the eyes", { regions: ["eyes"] }),
        insight("she understands now why her throat closes when a senior manager raises his voice", {
          regions: ["throat"],
          threads: ["peace", "voice"],
        }),
      ],
      insights:
        "The throat closing at work links to the kitchen table at six. The little girl holds the rule 'say nothing and it stops sooner'.",
      integration:
        "Notice, without changing anything, the moments at work when the throat closes. Rest after the session; drink water.",
    },
    {
      date: "2026-03-12",
      signed: true,
      checkIn:
        "Dreamt she was shouting and no sound came out. Jaw sore this week with a deadline. Wrote in her journal about the kitchen table.",
      techniques: [
        T.stillPoint(),
        T.respiratoryDiaphragm(),
        T.thoracicInlet(),
        T.hyoid(),
        T.significanceDetector(["throat"], "Rhythm stopped at the hyoid when she mentioned the dream."),
        T.dialogue(["throat"], "Met the guard."),
        T.tmj("right", "Slow unwinding on the right."),
      ],
      narrative:
        "After a still point I worked through the respiratory diaphragm and the thoracic inlet. " +
        "At the hyoid the rhythm stopped abruptly when she mentioned the dream, a significance detector. " +
        "She described a guard in grey armour standing across her throat with his arms folded. " +
        "I invited her to ask him what he was doing there. " +
        'He said, "Keep it shut. Words get you hurt." ' +
        "Her throat felt tight and hot and she coughed several times. " +
        "When she thanked him for protecting the girl, the grip eased and she felt a thread of cool air move down into her chest. " +
        "She noticed anger at her father for the first time, a hard heat in her jaw. " +
        "The rhythm returned, fuller. On the right TMJ there was a slow unwinding and her head turned to the left on its own.",
      pieces: [
        character(
          "a guard in grey armour standing across her throat with his arms folded",
          "guard",
          "protector",
          {
            regions: ["throat"],
          },
        ),
        visual("a guard in grey armour standing across her throat with his arms folded", ["grey"], {
          regions: ["throat"],
        }),
        message('He said, "Keep it shut. Words get you hurt."', "guard", { threads: ["throat"] }),
        sensation("Her throat felt tight and hot", { regions: ["throat"], threads: ["throat"] }),
        temperature("Her throat felt tight and hot", "hot", { regions: ["throat"] }),
        message("she thanked him for protecting the girl", "guard"),
        release("the grip eased", { regions: ["throat"], threads: ["throat"] }),
        temperature("she felt a thread of cool air move down into her chest", "cold", { regions: ["chest"] }),
        emotion("She noticed anger at her father for the first time", ["anger"], { threads: ["peace"] }),
        temperature("a hard heat in her jaw", "hot", { regions: ["jaw"], threads: ["throat"] }),
        movement("her head turned to the left on its own", "movement", {
          regions: ["head"],
          laterality: "left",
        }),
      ],
      insights:
        "The guard keeps words in to avoid harm. Anger at father appears for the first time, held in the jaw.",
      integration:
        "Hum for a minute each morning and notice the throat. If anger comes, let it be there without acting on it.",
    },
    {
      date: "2026-04-02",
      signed: true,
      checkIn:
        "Spoke up once in a meeting, briefly, and felt shaky afterwards. Jaw less sore (4/10). Remembers her mother always saying 'don't provoke him'.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.duralTube("Tube felt drawn up towards the occiput; gentle traction from the sacrum."),
        T.hyoid(),
        T.dialogue(["throat", "chest"], "Little girl under the table; guard at the door."),
        T.parietalLift(),
      ],
      narrative:
        "The dural tube felt drawn up towards the occiput; with gentle traction from the sacrum Mara felt a pulling line from her tailbone to the back of her head. " +
        "At the hyoid the little girl came back, this time sitting under the table rather than on the chair. " +
        'She said, "Mum says don\'t make it worse." ' +
        "Mara felt a heavy sadness in her chest and said it was for her mother too, who had no voice either. " +
        "I asked whether the guard was near; she said he was standing at the kitchen door, facing out. " +
        "She wept and her breath became deep and slow. " +
        "During the parietal lift she saw a soft blue light around her head and felt calm. " +
        "She realised that keeping quiet was a family rule, not something wrong with her.",
      pieces: [
        sensation("Mara felt a pulling line from her tailbone to the back of her head", {
          regions: ["sacrum", "spine", "occiput"],
        }),
        character(
          "the little girl came back, this time sitting under the table rather than on the chair",
          "little girl",
          "child",
        ),
        message('She said, "Mum says don\'t make it worse."', "little girl", { threads: ["peace"] }),
        emotion("Mara felt a heavy sadness in her chest", ["sadness"], { regions: ["chest"] }),
        insight("it was for her mother too, who had no voice either", { threads: ["peace"] }),
        character("he was standing at the kitchen door, facing out", "guard", "protector"),
        release("She wept and her breath became deep and slow"),
        visual("she saw a soft blue light around her head", ["blue"], { regions: ["head"] }),
        emotion("felt calm", ["calm"]),
        insight("keeping quiet was a family rule, not something wrong with her", { threads: ["peace"] }),
      ],
      insights:
        "Silence was a family rule passed from her mother. The guard has moved from the throat to the door.",
      integration:
        "Write a few lines to the little girl, in the girl's words if they come. One small 'I think...' in a meeting if it feels safe; no pressure.",
    },
    {
      date: "2026-04-23",
      signed: true,
      checkIn:
        "A hard fortnight: restructuring details announced, two colleagues leaving. Throat tight again, grinding at night. Feels she has 'gone backwards'.",
      techniques: [
        T.stillPoint("Repeated twice; the system was guarded."),
        T.respiratoryDiaphragm(),
        T.thoracicInlet(),
        T.occipitalBase(),
        T.temporal(),
        T.tmj("both"),
      ],
      narrative:
        "The system was guarded today, so I kept to the diaphragms and a second still point. " +
        "Mara said her whole body felt braced, like waiting for a door to slam. " +
        "At the occipital cranial base her neck gave a sudden jerk and then softened. " +
        "During the ear pull she heard a low humming, like a fridge in an empty kitchen. " +
        "No characters came and I did not invite them. " +
        "Towards the end her jaw released on both sides and she yawned several times. " +
        "She said the old tension gets louder when work feels unsafe, and that this is not going backwards.",
      pieces: [
        sensation("her whole body felt braced, like waiting for a door to slam", { regions: ["whole-body"] }),
        movement("her neck gave a sudden jerk", "spasm", { regions: ["neck"] }),
        sound("she heard a low humming, like a fridge in an empty kitchen", { regions: ["ears"] }),
        release("her jaw released on both sides and she yawned several times", {
          regions: ["jaw"],
          laterality: "both",
          threads: ["throat"],
        }),
        insight("the old tension gets louder when work feels unsafe, and that this is not going backwards", {
          threads: ["voice"],
        }),
      ],
      insights: "A setback under work threat; the system needed containment rather than exploration.",
      integration: "Keep the morning humming. Earlier nights this week; splint every night.",
    },
    {
      date: "2026-05-14",
      signed: true,
      checkIn:
        "Better. Told her manager she needs clearer priorities; her voice wobbled but she said it. Wrote to the little girl in her journal.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.respiratoryDiaphragm(),
        T.arcing(["throat"], "right", "Now centred under the hyoid, slightly to the right."),
        T.hyoid(),
        T.dialogue(["throat"], "Girl asks to be heard; guard steps aside."),
      ],
      narrative:
        "Arcing now centred under the hyoid and slightly to the right. " +
        "As I held the hyoid Mara saw the kitchen again, but the light had changed, warm and orange as if the sun were setting. " +
        "The little girl was standing on her chair. " +
        'She said, "I want someone to hear me." ' +
        "Mara told her she was listening. " +
        "Her throat began to buzz and tingle and she made a small sound, half a word. " +
        'The guard stepped aside a little. "I don\'t know how to do anything else," he said. ' +
        "She felt love for both of them and her eyes filled. " +
        "A wave of warmth spread down her arms into her hands. " +
        "She said she has been guarding herself the way he guards the girl.",
      pieces: [
        visual(
          "Mara saw the kitchen again, but the light had changed, warm and orange as if the sun were setting",
          ["orange"],
        ),
        character("The little girl was standing on her chair", "little girl", "child"),
        message('She said, "I want someone to hear me."', "little girl", { threads: ["throat", "voice"] }),
        message("Mara told her she was listening", "little girl"),
        sensation("Her throat began to buzz and tingle", { regions: ["throat"], threads: ["throat"] }),
        sound("she made a small sound, half a word", { regions: ["throat"], threads: ["throat"] }),
        character("The guard stepped aside a little", "guard", "protector"),
        message('"I don\'t know how to do anything else," he said', "guard", { threads: ["throat"] }),
        emotion("She felt love for both of them", ["love"]),
        release("her eyes filled", { regions: ["eyes"] }),
        temperature("A wave of warmth spread down her arms into her hands", "hot", {
          regions: ["arms", "hands"],
        }),
        insight("she has been guarding herself the way he guards the girl", { threads: ["throat"] }),
      ],
      insights:
        "The girl's message has turned from silence to wanting to be heard. The guard is willing but knows no other way.",
      integration: "Sing along to one song a day, quietly if needed. Keep writing to the girl.",
    },
    {
      date: "2026-06-04",
      signed: true,
      checkIn:
        "Restructuring confirmed; her role is safe. Jaw pain in the mornings 2/10. A nightmare about being shut in a small room.",
      techniques: [
        T.stillPoint(),
        T.sacrum(),
        T.duralTube(),
        T.thoracicInlet("Breathing caught here."),
        T.hyoid("Kept contact at hyoid and sacrum while her hand shook."),
        T.dialogue(["throat"], "Guard's origin at the tonsillectomy."),
      ],
      narrative:
        "At the thoracic inlet Mara's breathing caught and she felt a sore scraping at the back of her throat. " +
        "A memory came of being nine and waking after her tonsils were taken out, not allowed to speak for days. " +
        "She smelled the hospital soap and felt cold all over. " +
        "She remembered that nobody asked how she was and her father told her to stop fussing. " +
        "Her left hand started to shake. I kept contact at the hyoid and the sacrum and the shaking slowed. " +
        "She saw the grey guard again, now kneeling beside the hospital bed. " +
        'He said, "I came then. That\'s when I started." ' +
        "She understood that he arrived to protect her throat when it was hurt and she could not speak.",
      pieces: [
        sensation("she felt a sore scraping at the back of her throat", { regions: ["throat"] }),
        memory(
          "A memory came of being nine and waking after her tonsils were taken out, not allowed to speak for days",
          9,
          { regions: ["throat"], threads: ["throat"] },
        ),
        smell("She smelled the hospital soap"),
        temperature("felt cold all over", "cold", { regions: ["whole-body"] }),
        memory("nobody asked how she was and her father told her to stop fussing", 9, { threads: ["peace"] }),
        movement("Her left hand started to shake", "tremor", { regions: ["hands"], laterality: "left" }),
        character("She saw the grey guard again, now kneeling beside the hospital bed", "guard", "protector"),
        visual("She saw the grey guard again, now kneeling beside the hospital bed", ["grey"]),
        message('He said, "I came then. That\'s when I started."', "guard", { threads: ["throat"] }),
        insight("he arrived to protect her throat when it was hurt and she could not speak", {
          regions: ["throat"],
          threads: ["throat"],
        }),
      ],
      insights:
        "The guard dates from the tonsillectomy at nine: a protector born when the throat was hurt and silence was enforced.",
      integration: "Gentle neck stretches; warm drinks. Thank the guard when she notices the throat tighten.",
    },
    {
      date: "2026-07-02",
      signed: true,
      checkIn:
        "Back from ten days by the sea. Slept well. Noticed she sang in the car for the first time in years.",
      techniques: [
        T.stillPoint("Came easily and lasted long."),
        T.respiratoryDiaphragm(),
        T.hyoid(),
        T.frontalLift(),
        T.parietalLift(),
        T.temporal(),
      ],
      narrative:
        "A settled, spacious session. The still point came easily and lasted long. " +
        "Mara described a white owl sitting on a branch above her head, watching without hurry. " +
        'The owl said, "You can take your time." ' +
        "Her diaphragm moved freely and she felt her belly rise and fall under my hand without effort. " +
        "At the hyoid she noticed only a faint tightness on the left. " +
        "She heard the sea and smelled salt, and felt joy in her chest, which surprised her. " +
        "During the temporal rocking her jaw hung loose.",
      pieces: [
        character("a white owl sitting on a branch above her head, watching without hurry", "owl", "animal"),
        visual("a white owl sitting on a branch above her head, watching without hurry", ["white"]),
        message('The owl said, "You can take your time."', "owl"),
        sensation("she felt her belly rise and fall under my hand without effort", { regions: ["abdomen"] }),
        sensation("she noticed only a faint tightness on the left", {
          regions: ["throat"],
          laterality: "left",
        }),
        sound("She heard the sea"),
        smell("smelled salt"),
        emotion("felt joy in her chest, which surprised her", ["joy"], { regions: ["chest"] }),
        release("her jaw hung loose", { regions: ["jaw"], threads: ["throat"] }),
      ],
      insights:
        "A resource session: the owl brings patience. Joy felt in the body for the first time in these sessions.",
      integration: "Keep singing. Notice what the owl would say when she rushes.",
    },
    {
      date: "2026-08-27",
      signed: true,
      checkIn:
        "New manager. Asked for a one-to-one and raised her workload. Throat tight beforehand, but 'I did it'. A crown replaced last week; right jaw sore.",
      techniques: [
        T.stillPoint(),
        T.tmj("right", "Slow; sore after dental work."),
        T.occipitalBase(),
        T.hyoid(),
        T.significanceDetector(["throat"], "When she spoke about the one-to-one."),
        T.dialogue(["throat", "chest"], "Girl with a notebook; guard behind her."),
      ],
      narrative:
        "The right TMJ was sore from the dental work and I went slowly. " +
        "When she spoke about the one-to-one the rhythm stopped, a significance detector, and I stayed at the hyoid. " +
        "She felt a pressure behind her breastbone that rose into her throat like a bubble. " +
        "The little girl appeared, older now, about ten, holding a notebook. " +
        'She said, "I wrote it all down. Will you read it?" ' +
        "Mara said yes, and felt relief flood through her chest. " +
        "The guard was standing behind Mara rather than in front of her. " +
        'He said, "I can stand beside you instead." ' +
        "Her throat opened and she laughed and cried at once. " +
        "She said the words she swallowed as a child are not lost; they have been waiting.",
      pieces: [
        sensation("She felt a pressure behind her breastbone that rose into her throat like a bubble", {
          regions: ["chest", "throat"],
        }),
        character(
          "The little girl appeared, older now, about ten, holding a notebook",
          "little girl",
          "child",
        ),
        message('She said, "I wrote it all down. Will you read it?"', "little girl", { threads: ["throat"] }),
        emotion("felt relief flood through her chest", ["relief"], { regions: ["chest"] }),
        character("The guard was standing behind Mara rather than in front of her", "guard", "protector"),
        message('He said, "I can stand beside you instead."', "guard", { threads: ["throat", "voice"] }),
        release("Her throat opened and she laughed and cried at once", {
          regions: ["throat"],
          threads: ["throat"],
        }),
        insight("the words she swallowed as a child are not lost; they have been waiting", {
          threads: ["throat"],
        }),
      ],
      insights:
        "The guard changes from blocking to accompanying. The girl offers her words rather than hiding them.",
      integration: "Read the notebook page from the session to someone she trusts, or aloud to herself.",
    },
    {
      date: "2026-10-08",
      signed: true,
      checkIn:
        "Her mother visited. Mara told her about the sessions and the kitchen; her mother cried and said she was sorry. Jaw pain rare; splint some nights.",
      techniques: [
        T.stillPoint(),
        T.pelvicDiaphragm(),
        T.respiratoryDiaphragm(),
        T.thoracicInlet(),
        T.hyoid(),
        T.duralTube(),
      ],
      narrative:
        "The transverse diaphragms released one after another with little prompting. " +
        "At the thoracic inlet Mara felt a softening spread across her collarbones and down her arms. " +
        "She saw her mother at the kitchen sink, younger, with her back turned. " +
        'Her mother said, "I was afraid for you both." ' +
        "Mara felt sadness and then a quiet warmth towards her. " +
        "The little girl came and sat in her mother's lap. " +
        "At the end Mara said her mother kept the peace because she had no other way, and she herself no longer needs to.",
      pieces: [
        release("Mara felt a softening spread across her collarbones and down her arms", {
          regions: ["chest", "arms"],
        }),
        character(
          "She saw her mother at the kitchen sink, younger, with her back turned",
          "mother",
          "parent",
        ),
        message('Her mother said, "I was afraid for you both."', "mother", { threads: ["peace"] }),
        emotion("Mara felt sadness and then a quiet warmth towards her", ["sadness", "love"]),
        character("The little girl came and sat in her mother's lap", "little girl", "child"),
        insight(
          "her mother kept the peace because she had no other way, and she herself no longer needs to",
          {
            threads: ["peace"],
          },
        ),
      ],
      insights: "Keeping the peace is understood as her mother's fear; Mara can put the rule down.",
      integration: "Monthly sessions from here, as agreed. Keep the journal going.",
    },
    {
      date: "2026-11-12",
      durationMinutes: 45,
      signed: false,
      checkIn:
        "Presented at the quarterly review; nervous but clear. Some throat tightness this week with a head cold.",
      techniques: [T.stillPoint(), T.hyoid(), T.tmj("both"), T.frontalLift("Gentle, for the sinuses.")],
      narrative:
        "A short session as she has a head cold: still point, hyoid and a gentle frontal lift. " +
        "At the hyoid she felt a brief tightness that passed as she breathed out. " +
        "The owl was there again, and the little girl was sitting beside it on the branch, swinging her legs. " +
        'The girl said, "I can talk now, and you\'ll listen." ' +
        "Mara smiled and felt calm spreading through her whole body. " +
        "We talked about spacing the sessions to monthly.",
      pieces: [
        sensation("she felt a brief tightness that passed as she breathed out", { regions: ["throat"] }),
        character("The owl was there again", "owl", "animal"),
        character(
          "the little girl was sitting beside it on the branch, swinging her legs",
          "little girl",
          "child",
        ),
        message('The girl said, "I can talk now, and you\'ll listen."', "little girl", {
          threads: ["throat", "voice"],
        }),
        emotion("felt calm spreading through her whole body", ["calm"], { regions: ["whole-body"] }),
      ],
      insights: "",
      integration: "",
    },
  ],
  reflections: [
    {
      date: "2026-03-01",
      sharedWithPractitioner: true,
      text:
        "After the second session I slept nine hours. In the morning I remembered the yellow oilcloth again, and the smell of Dad's cigarettes in the kitchen. " +
        "I felt sad for the girl with her hands over her mouth. I think I have kept my hands over my mouth ever since.",
      pieces: [
        memory("I remembered the yellow oilcloth again", null),
        visual("I remembered the yellow oilcloth again", ["yellow"]),
        smell("the smell of Dad's cigarettes in the kitchen"),
        emotion("I felt sad for the girl with her hands over her mouth", ["sadness"]),
        insight("I have kept my hands over my mouth ever since", { regions: ["mouth"] }),
      ],
    },
    {
      date: "2026-04-15",
      sharedWithPractitioner: false,
      text:
        "Bad week. The restructuring email came and my jaw locked by the afternoon. I dreamt I was shouting in a glass room and nobody turned round. " +
        "Woke up angry. I don't want to tell anyone about this one yet.",
      pieces: [
        sensation("my jaw locked by the afternoon", { regions: ["jaw"] }),
        visual("I dreamt I was shouting in a glass room and nobody turned round", []),
        emotion("Woke up angry", ["anger"]),
      ],
    },
    {
      date: "2026-05-20",
      sharedWithPractitioner: true,
      text:
        "I said it. My voice shook but I said it. Afterwards in the toilets my whole body was trembling, and then I felt warm and light. " +
        "I imagined the little girl standing on her chair, clapping.",
      pieces: [
        movement("my whole body was trembling", "tremor", { regions: ["whole-body"] }),
        temperature("I felt warm and light", "hot", { regions: ["whole-body"] }),
        sensation("I felt warm and light", { regions: ["whole-body"] }),
        character("I imagined the little girl standing on her chair, clapping", "little girl", "child"),
      ],
    },
    {
      date: "2026-09-03",
      sharedWithPractitioner: true,
      text:
        "I found my old diary from when I was ten, and a page that only says 'I hate being quiet'. I cried, but it was a good cry. " +
        "My throat has felt open all week.",
      pieces: [
        memory("my old diary from when I was ten, and a page that only says 'I hate being quiet'", 10),
        release("I cried, but it was a good cry"),
        sensation("My throat has felt open all week", { regions: ["throat"] }),
      ],
    },
    {
      date: "2026-10-20",
      sharedWithPractitioner: false,
      text: "Mum's apology keeps coming back to me. Part of me is still angry that it took thirty-five years. Another part just wants to hold her.",
      pieces: [
        emotion("Part of me is still angry that it took thirty-five years", ["anger"]),
        emotion("Another part just wants to hold her", ["love"]),
      ],
    },
  ],
  measures: [
    { instrument: "gad7", date: "2026-02-10", answers: [2, 2, 3, 2, 1, 2, 2] },
    { instrument: "pss10", date: "2026-02-10", answers: [3, 3, 3, 1, 2, 3, 2, 1, 3, 2] },
    { instrument: "gad7", date: "2026-04-02", answers: [2, 2, 2, 1, 1, 2, 1] },
    { instrument: "gad7", date: "2026-04-23", answers: [2, 3, 2, 2, 1, 2, 2] },
    { instrument: "gad7", date: "2026-06-04", answers: [1, 2, 2, 1, 1, 1, 1] },
    { instrument: "pss10", date: "2026-06-04", answers: [2, 2, 3, 2, 2, 2, 2, 2, 2, 2] },
    { instrument: "gad7", date: "2026-08-27", answers: [1, 1, 1, 1, 0, 1, 1] },
    { instrument: "gad7", date: "2026-11-12", answers: [1, 1, 1, 0, 0, 1, 0] },
    { instrument: "pss10", date: "2026-11-12", answers: [1, 1, 2, 3, 3, 1, 3, 2, 1, 1] },
  ],
  consents: [
    {
      purpose: "treatment",
      granted: true,
      date: "2026-02-10",
      notes: "Discussed hands-on work and dialogue; can stop at any time.",
    },
    { purpose: "record-keeping", granted: true, date: "2026-02-10" },
    {
      purpose: "portal-sharing",
      granted: true,
      date: "2026-02-10",
      notes: "Uses the portal for reflections.",
    },
    { purpose: "research", granted: false, date: "2026-02-10" },
  ],
};
