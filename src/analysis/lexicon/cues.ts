// Words that signal an experience of one kind. Each detector in ../detect decides, from the
// clause around a cue, whether it is an experience (a cue alone never makes a piece).
import type { MovementType, Temperature } from "../../domain";

export type Cue =
  | { type: "temperature"; temperature: Temperature; form: "noun" | "adjective" | "verb" }
  | { type: "movement"; movement: MovementType; spontaneous?: boolean }
  | { type: "release"; sub: "tissue" | "breath" | "crying" }
  | { type: "sensation" }
  | { type: "sound"; verb?: boolean }
  | { type: "taste"; verb?: boolean }
  | { type: "smell"; verb?: boolean }
  | { type: "light" }
  | { type: "see" }
  | { type: "image" }
  | { type: "dream" }
  | { type: "memory" }
  | { type: "insight" }
  | { type: "organ" }
  | { type: "process" };

const temp = (temperature: Temperature, form: "noun" | "adjective" | "verb"): Cue => ({
  type: "temperature",
  temperature,
  form,
});
const move = (movement: MovementType, spontaneous = false): Cue => ({ type: "movement", movement, spontaneous });
const rel = (sub: "tissue" | "breath" | "crying"): Cue => ({ type: "release", sub });
const sensation: Cue = { type: "sensation" };
const organ: Cue = { type: "organ" };
const process: Cue = { type: "process" };

export const CUE_PHRASES: readonly (readonly [string, Cue])[] = [
  // temperature: hot
  ["warmth", temp("hot", "noun")], ["warm", temp("hot", "adjective")], ["warmer", temp("hot", "adjective")],
  ["warming", temp("hot", "verb")], ["warmed", temp("hot", "verb")], ["heat", temp("hot", "noun")],
  ["hot", temp("hot", "adjective")], ["hotter", temp("hot", "adjective")], ["burning", temp("hot", "verb")],
  ["=burn", temp("hot", "noun")], ["fiery", temp("hot", "adjective")], ["feverish", temp("hot", "adjective")],
  ["flushed", temp("hot", "adjective")], ["hot flush", temp("hot", "noun")], ["hot flash", temp("hot", "noun")],
  ["toasty", temp("hot", "adjective")], ["glowing warmth", temp("hot", "noun")],
  // temperature: cold
  ["cold", temp("cold", "adjective")], ["coldness", temp("cold", "noun")], ["colder", temp("cold", "adjective")],
  ["cool", temp("cold", "adjective")], ["cooler", temp("cold", "adjective")], ["coolness", temp("cold", "noun")],
  ["cooling", temp("cold", "verb")], ["chill", temp("cold", "noun")], ["chills", temp("cold", "noun")],
  ["chilly", temp("cold", "adjective")], ["chilled", temp("cold", "adjective")], ["icy", temp("cold", "adjective")],
  ["ice-cold", temp("cold", "adjective")], ["freezing", temp("cold", "adjective")], ["frosty", temp("cold", "adjective")],
  ["shiver", temp("cold", "verb")], ["shivers", temp("cold", "noun")], ["shivering", temp("cold", "verb")],
  ["shivered", temp("cold", "verb")], ["shivery", temp("cold", "adjective")], ["goosebumps", temp("cold", "noun")],
  ["goose bumps", temp("cold", "noun")], ["goose pimples", temp("cold", "noun")],
  // movement
  ["tremble", move("tremor")], ["trembling", move("tremor")], ["trembled", move("tremor")], ["tremor", move("tremor")],
  ["tremors", move("tremor")], ["shake", move("tremor")], ["shaking", move("tremor")], ["shook", move("tremor")],
  ["quiver", move("tremor")], ["quivering", move("tremor")], ["shudder", move("tremor")],
  ["shuddering", move("tremor")], ["jerk", move("spasm")], ["jerked", move("spasm")], ["jerking", move("spasm")],
  ["twitch", move("spasm")], ["twitched", move("spasm")], ["twitching", move("spasm")], ["jolt", move("spasm")],
  ["jolted", move("spasm")], ["spasm", move("spasm")], ["spasms", move("spasm")], ["spasmed", move("spasm")],
  ["kick", move("spasm")], ["kicked", move("spasm")], ["kicked out", move("spasm")], ["startle", move("spasm")],
  ["flinch", move("spasm")], ["flinched", move("spasm")], ["lurch", move("spasm")], ["convulse", move("spasm")],
  ["unwinding", move("movement", true)], ["unwind", move("movement", true)], ["unwound", move("movement", true)],
  ["rock", move("movement")], ["rocking", move("movement")], ["sway", move("movement")], ["swaying", move("movement")],
  ["curl up", move("movement")], ["curled", move("movement")], ["curl", move("movement")], ["curled up", move("movement")], ["stretch", move("movement")],
  ["arch", move("movement")], ["arched", move("movement")], ["roll", move("movement")], ["rolled", move("movement")],
  ["twist", move("movement")], ["twisted", move("movement")], ["turning", move("movement")], ["turn", move("movement")],
  ["bent", move("movement")], ["straightened", move("movement")], ["pushed", move("movement")],
  ["push", move("movement")], ["pushing", move("movement")], ["reach out", move("movement")],
  ["reached out", move("movement")], ["writhe", move("movement")], ["undulate", move("movement")],
  ["rotate", move("movement")], ["rotated", move("movement")], ["side to side", move("movement", true)],
  ["on its own", move("movement", true)], ["on their own", move("movement", true)],
  ["of its own accord", move("movement", true)], ["by itself", move("movement", true)],
  ["began to move", move("movement", true)], ["started to move", move("movement", true)],
  ["spontaneously", move("movement", true)], ["by themselves", move("movement", true)],
  ["by herself", move("movement", true)], ["by himself", move("movement", true)], ["of their own accord", move("movement", true)],
  ["jerky", move("spasm")], ["jerks", move("spasm")], ["twitches", move("spasm")], ["slowly lifted", move("movement")], ["rose up", move("movement")],
  // release
  ["soften", rel("tissue")], ["softened", rel("tissue")], ["softening", rel("tissue")], ["let go", rel("tissue")],
  ["release", rel("tissue")], ["released", rel("tissue")], ["releasing", rel("tissue")], ["melt", rel("tissue")],
  ["melted", rel("tissue")], ["melting", rel("tissue")], ["unlock", rel("tissue")], ["unlocking", rel("tissue")],
  ["unlocked", rel("tissue")], ["loosen", rel("tissue")], ["loosened", rel("tissue")], ["loose", rel("tissue")],
  ["relax", rel("tissue")], ["relaxed", rel("tissue")], ["dropped", rel("tissue")], ["drop", rel("tissue")],
  ["settled", rel("tissue")], ["settle", rel("tissue")], ["unclench", rel("tissue")], ["unclenched", rel("tissue")],
  ["unhooked", rel("tissue")], ["drain", rel("tissue")], ["drained", rel("tissue")], ["draining", rel("tissue")], ["let off", rel("tissue")], ["gave way", rel("tissue")], ["eased", rel("tissue")],
  ["opened up", rel("tissue")],
  ["sigh", rel("breath")], ["sighed", rel("breath")], ["sighing", rel("breath")], ["exhale", rel("breath")],
  ["exhaled", rel("breath")], ["long breath", rel("breath")], ["deep breath", rel("breath")],
  ["full breath", rel("breath")], ["big breath", rel("breath")], ["breathed all the way", rel("breath")],
  ["breathed deeply", rel("breath")], ["breathe all the way", rel("breath")], ["breathe deeply", rel("breath")],
  ["breathe more deeply", rel("breath")], ["breathe properly", rel("breath")], ["breathe freely", rel("breath")], ["breath dropped", rel("breath")], ["breath deepened", rel("breath")],
  ["breathing deepened", rel("breath")], ["deepened", rel("breath")], ["slowed and deepened", rel("breath")], ["yawn", rel("breath")], ["yawned", rel("breath")],
  ["cry", rel("crying")], ["cried", rel("crying")], ["crying", rel("crying")], ["sob", rel("crying")],
  ["sobbed", rel("crying")], ["sobbing", rel("crying")], ["sobs", rel("crying")], ["weep", rel("crying")],
  ["wept", rel("crying")], ["weeping", rel("crying")], ["tears", rel("crying")], ["in tears", rel("crying")],
  // other body sensations
  ["tight", sensation], ["tightness", sensation], ["tighten", sensation], ["tightened", sensation],
  ["tightening", sensation], ["pressure", sensation], ["tingling", sensation], ["tingle", sensation],
  ["tingly", sensation], ["buzzing", sensation], ["buzz", sensation], ["heavy", sensation], ["heaviness", sensation],
  ["heavier", sensation], ["lighter", sensation], ["lightness", sensation], ["pulsing", sensation],
  ["pulse", sensation], ["pulsation", sensation], ["throb", sensation], ["throbbing", sensation], ["ache", sensation],
  ["aching", sensation], ["achy", sensation], ["pain", sensation], ["painful", sensation], ["hurt", sensation],
  ["sore", sensation], ["soreness", sensation], ["numb", sensation], ["numbness", sensation], ["prickle", sensation],
  ["prickling", sensation], ["pins and needles", sensation], ["itch", sensation], ["itching", sensation],
  ["stiff", sensation], ["stiffness", sensation], ["tension", sensation], ["tense", sensation], ["knot", sensation],
  ["band", sensation], ["lump", sensation], ["fist", sensation], ["weight", sensation], ["constriction", sensation],
  ["constricted", sensation], ["squeeze", sensation], ["squeezing", sensation], ["fullness", sensation],
  ["expansion", sensation], ["expanding", sensation], ["spacious", sensation], ["electric", sensation],
  ["electricity", sensation], ["vibration", sensation], ["vibrating", sensation], ["nausea", sensation],
  ["nauseous", sensation], ["dizzy", sensation], ["dizziness", sensation], ["stabbing", sensation],
  ["burning sensation", sensation], ["sensation", sensation], ["stone", sensation], ["rock", sensation],
  ["cramp", sensation], ["pounding", sensation], ["racing", sensation], ["shaky", sensation], ["spacey", sensation],
  ["spacy", sensation], ["floaty", sensation], ["woozy", sensation], ["wobbly", sensation], ["pressing", sensation], ["pressing down", sensation], ["sleepy", sensation], ["drowsy", sensation], ["closing", sensation], ["closed up", sensation], ["constrict", sensation],
  ["constricting", sensation],
  ["cramping", sensation], ["flutter", sensation], ["fluttering", sensation], ["sinking", sensation],
  ["hollow", sensation], ["light-headed", sensation], ["lightheaded", sensation], ["emptiness", sensation], ["swollen", sensation], ["swelling", sensation],
  // sound
  ["hear", { type: "sound", verb: true }], ["heard", { type: "sound", verb: true }],
  ["hearing", { type: "sound", verb: true }], ["music", { type: "sound" }], ["melody", { type: "sound" }],
  ["song", { type: "sound" }], ["singing", { type: "sound" }], ["hum", { type: "sound" }],
  ["humming", { type: "sound" }], ["ringing", { type: "sound" }], ["bell", { type: "sound" }],
  ["bells", { type: "sound" }], ["chime", { type: "sound" }], ["chimes", { type: "sound" }],
  ["drumming", { type: "sound" }], ["voices", { type: "sound" }], ["radio", { type: "sound" }], ["drumbeat", { type: "sound" }], ["whistle", { type: "sound" }],
  ["whistling", { type: "sound" }], ["tone", { type: "sound" }], ["tones", { type: "sound" }],
  ["roar", { type: "sound" }], ["rumble", { type: "sound" }], ["chanting", { type: "sound" }],
  ["sound", { type: "sound" }], ["sounds", { type: "sound" }], ["noise", { type: "sound" }],
  // taste and smell
  ["taste", { type: "taste" }], ["tasted", { type: "taste", verb: true }], ["tasting", { type: "taste", verb: true }],
  ["aftertaste", { type: "taste" }], ["flavour", { type: "taste" }], ["flavor", { type: "taste" }],
  ["smell", { type: "smell" }], ["smelled", { type: "smell", verb: true }], ["smelt", { type: "smell", verb: true }],
  ["smelling", { type: "smell", verb: true }], ["scent", { type: "smell" }], ["odour", { type: "smell" }],
  ["odor", { type: "smell" }], ["aroma", { type: "smell" }], ["fragrance", { type: "smell" }],
  ["whiff", { type: "smell" }], ["stench", { type: "smell" }], ["stink", { type: "smell" }],
  // visual
  ["=light", { type: "light" }], ["glow", { type: "light" }], ["glowing", { type: "light" }],
  ["radiance", { type: "light" }], ["sparkle", { type: "light" }], ["sparkles", { type: "light" }],
  ["shimmer", { type: "light" }], ["shimmering", { type: "light" }], ["flash of", { type: "light" }],
  ["sunlight", { type: "light" }], ["moonlight", { type: "light" }], ["candlelight", { type: "light" }],
  ["see", { type: "see" }], ["saw", { type: "see" }], ["seeing", { type: "see" }], ["seen", { type: "see" }],
  ["visualised", { type: "see" }], ["visualized", { type: "see" }], ["pictured", { type: "see" }],
  ["glimpsed", { type: "see" }], ["watched", { type: "see" }], ["noticed a", { type: "see" }],
  ["image", { type: "image" }], ["images", { type: "image" }], ["picture", { type: "image" }],
  ["pictures", { type: "image" }], ["vision", { type: "image" }], ["visions", { type: "image" }],
  ["scene", { type: "image" }], ["colour", { type: "image" }], ["color", { type: "image" }],
  ["colours", { type: "image" }], ["colors", { type: "image" }], ["shape", { type: "image" }],
  ["shapes", { type: "image" }], ["mind's eye", { type: "image" }], ["inner eye", { type: "image" }],
  ["dream", { type: "dream" }], ["dreamed", { type: "dream" }], ["dreamt", { type: "dream" }],
  ["dreaming", { type: "dream" }], ["dreams", { type: "dream" }], ["nightmare", { type: "dream" }],
  // memory
  ["memory", { type: "memory" }], ["memories", { type: "memory" }], ["remember", { type: "memory" }],
  ["remembered", { type: "memory" }], ["remembering", { type: "memory" }], ["recall", { type: "memory" }],
  ["recalled", { type: "memory" }], ["recalling", { type: "memory" }], ["flashback", { type: "memory" }],
  ["was back in", { type: "memory" }], ["was back at", { type: "memory" }], ["found herself back", { type: "memory" }],
  ["found himself back", { type: "memory" }], ["found myself back", { type: "memory" }],
  // insight
  ["realise", { type: "insight" }], ["realize", { type: "insight" }], ["realised", { type: "insight" }],
  ["realized", { type: "insight" }], ["realising", { type: "insight" }], ["realizing", { type: "insight" }],
  ["realisation", { type: "insight" }], ["realization", { type: "insight" }], ["understood", { type: "insight" }],
  ["understand now", { type: "insight" }], ["understand that", { type: "insight" }],
  ["understand why", { type: "insight" }], ["understand how", { type: "insight" }], ["now understands", { type: "insight" }],
  ["sees that", { type: "insight" }], ["saw how", { type: "insight" }], ["see how", { type: "insight" }],
  ["realises", { type: "insight" }], ["realizes", { type: "insight" }], ["knows now", { type: "insight" }], ["understanding", { type: "insight" }], ["dawned", { type: "insight" }],
  ["figured out", { type: "insight" }], ["get it now", { type: "insight" }], ["makes sense", { type: "insight" }],
  ["made sense", { type: "insight" }], ["taking from it", { type: "insight" }], ["taking away", { type: "insight" }],
  ["sitting with", { type: "insight" }], ["learned that", { type: "insight" }], ["learnt that", { type: "insight" }],
  ["came to see", { type: "insight" }], ["see now", { type: "insight" }], ["clicked", { type: "insight" }],
  ["recognised that", { type: "insight" }], ["recognized that", { type: "insight" }], ["insight", { type: "insight" }],
  ["became clear", { type: "insight" }], ["occurred to", { type: "insight" }], ["it hit me", { type: "insight" }],
  ["the part of me that", { type: "insight" }], ["a part of me that", { type: "insight" }],
  ["saw that", { type: "insight" }], ["knew that", { type: "insight" }], ["see that", { type: "insight" }],
  ["don't need", { type: "insight" }], ["do not need", { type: "insight" }], ["no longer need", { type: "insight" }],
  ["don't have to", { type: "insight" }], ["do not have to", { type: "insight" }], ["can stop", { type: "insight" }],
  ["get why", { type: "insight" }], ["get that", { type: "insight" }], ["starting to get", { type: "insight" }],
  ["starting to see", { type: "insight" }], ["beginning to see", { type: "insight" }], ["beginning to understand", { type: "insight" }],
  ["represents", { type: "insight" }], ["stands for", { type: "insight" }], ["symbolises", { type: "insight" }],
  ["symbolizes", { type: "insight" }], ["is how i", { type: "insight" }], ["is why i", { type: "insight" }],
  ["that's why i", { type: "insight" }], ["which is why i", { type: "insight" }], ["no wonder i", { type: "insight" }],
  ["wasn't my fault", { type: "insight" }], ["was not my fault", { type: "insight" }], ["not my fault", { type: "insight" }],
  ["isn't my fault", { type: "insight" }], ["is not my fault", { type: "insight" }],
  ["penny dropped", { type: "insight" }], ["light bulb moment", { type: "insight" }], ["lightbulb moment", { type: "insight" }],
  // inner processes: organs and what they do
  ["liver", organ], ["kidney", organ], ["kidneys", organ], ["stomach", organ], ["intestines", organ],
  ["bowels", organ], ["gut", organ], ["lungs", organ], ["cells", organ], ["cell", organ], ["blood", organ],
  ["marrow", organ], ["bone marrow", organ], ["bones", organ], ["organs", organ], ["spleen", organ],
  ["pancreas", organ], ["gallbladder", organ], ["thyroid", organ], ["adrenals", organ], ["glands", organ],
  ["lymph", organ], ["nerves", organ], ["nervous system", organ], ["brain", organ], ["womb", organ],
  ["uterus", organ], ["ovaries", organ], ["bladder", organ], ["immune system", organ], ["tummy", organ], ["belly", organ],
  ["working", process], ["worked", process], ["wringing", process], ["wring", process], ["rinsed", process],
  ["rinsing", process], ["washing", process], ["washed", process], ["cleaning", process], ["cleansing", process],
  ["sorting", process], ["digesting", process], ["digest", process], ["turning things over", process],
  ["turning over", process], ["fizzing", process], ["fizz", process], ["pumping", process], ["circulating", process],
  ["repairing", process], ["healing", process], ["regenerating", process], ["renewing", process],
  ["processing", process], ["churning", process], ["filtering", process], ["detoxing", process],
  ["warming up", process], ["warming", process], ["cooling", process], ["gurgling", process], ["gurgled", process], ["waking up", process], ["coming alive", process],
  ["moving faster", process], ["draining", process], ["emptying", process], ["dividing", process],
  ["shifting", process], ["rearranging", process], ["bubbling", process], ["bubbled", process], ["stirring", process],
  ["swirling", process], ["breathing", process], ["contracting", process], ["squeezing out", process],
  ["churn", process], ["churned", process], ["gurgle", process], ["wrung", process], ["rinse", process],
  ["cleanse", process], ["pump", process], ["pumped", process], ["filter", process], ["repair", process],
  ["regenerate", process], ["sort", process], ["digested", process], ["circulate", process], ["detox", process],
  ["rebuilding", process], ["clearing", process], ["flushing", process], ["reorganising", process],
  ["reorganizing", process],
];
