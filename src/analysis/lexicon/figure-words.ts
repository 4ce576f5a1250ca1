// Open-class figure nouns: the closed list in figures.ts names the stock figures of a session;
// these widen it to the roles, trades, folk beings and animals any narrative may bring, and the
// word shapes that mark a person ("ferryman", "beekeeper", "herbalist").
import type { CharacterAspect } from "../../domain";

const PEOPLE = `baker farmer fisher gardener shepherd shepherdess carpenter builder butcher tailor weaver
potter painter writer poet musician drummer piper fiddler harpist jester beggar pilgrim traveller
traveler wanderer hermit mystic prophet prophetess oracle seer magician sorcerer sorceress enchantress
nurse midwife nanny governess maid servant butler cook chef waiter waitress clerk surgeon
vicar rabbi imam friar abbot abbess bishop saint hero heroine chief chieftain captain sergeant
officer policeman policewoman lawyer stranger visitor guest intruder thief robber bandit pirate
samurai archer hunter huntress blacksmith hag matriarch patriarch emperor empress duke duchess lord
prisoner orphan twin lad lass maiden bride groom widow widower mourner boatman ferryman postman
postmistress postwoman miner pedlar peddler innkeeper landlady landlord driver
pilot rider horseman horsewoman dancer singer acrobat juggler gypsy nomad elf dwarf troll gnome
goblin imp pixie sprite mermaid merman nymph ogre vampire demon devil god deity titan cherub
boy-child girl-child newborn youth schoolteacher tutor grandchild godmother
godfather stepmother stepfather aunt uncle cousin niece nephew brother sister sibling
companion playmate friend neighbour neighbor keeper watcher dreamer healer herbalist ranger warden
jailer gaoler guard sentry scout messenger herald gatekeeper ferrier boatwoman fishwife crone`;

const ANIMALS = `blackbird robin sparrow magpie wren lark finch thrush starling pigeon seagull gull falcon
kestrel vulture peacock parrot goose duck hen chicken rooster cockerel stork pelican penguin bat
squirrel hedgehog rat beaver octopus shark eel crab lizard crocodile alligator chameleon toad
newt salamander bee wasp ant beetle moth dragonfly ladybird ladybug snail caterpillar camel giraffe
zebra rhino hippo leopard cheetah lynx puma cougar moose elk reindeer donkey mule sheep pig boar
calf foal cub fawn kangaroo koala panda ape chimpanzee orangutan raccoon skunk weasel ferret stoat
mink phoenix griffin pegasus kingfisher woodpecker nightingale cuckoo swallow owlet eaglet kitten
hound wolfhound sheepdog stallion mare colt ram ewe vixen seal walrus jellyfish seahorse songbird`;

function list(words: string, aspect: CharacterAspect): (readonly [string, CharacterAspect])[] {
  return words
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [w, aspect] as const);
}

export const OPEN_FIGURE_HEADS: readonly (readonly [string, CharacterAspect])[] = [
  ...list(PEOPLE, "other"),
  ...list(ANIMALS, "animal"),
];

/**
 * People of the writer's own life: "a friend asked for a session", "a neighbour told me about CST" is
 * someone talking, not a figure coming in by speaking; met in imagery ("a friend appeared") they still are.
 */
export const LIFE_PEOPLE: ReadonlySet<string> = new Set([
  "friend",
  "neighbour",
  "neighbor",
  "colleague",
  "coworker",
  "co-worker",
  "classmate",
  "roommate",
  "acquaintance",
]);

/** Female role nouns beyond the stock list, for "she". */
export const OPEN_FEMALE = new Set(
  `shepherdess prophetess sorceress enchantress nurse midwife nanny governess maid waitress abbess
heroine huntress hag matriarch empress duchess lass maiden bride widow policewoman postmistress
postwoman landlady horsewoman mermaid nymph godmother stepmother aunt niece sister fishwife
boatwoman mare ewe vixen hen`.split(/\s+/),
);
/** Male role nouns beyond the stock list, for "he". */
export const OPEN_MALE = new Set(
  `butler friar abbot patriarch emperor duke lord lad groom widower boatman ferryman postman policeman
horseman merman godfather stepfather uncle nephew brother stallion colt ram rooster cockerel`.split(/\s+/),
);

/** Word shapes of person nouns: agent and role endings. */
const PERSON_SHAPE =
  /^[a-z-]{3,}(man|woman|keeper|maker|master|mistress|smith|herd|wright|monger|ician|ologist|eer)$/;
const NOT_PERSON = new Set([
  "human",
  "german",
  "ottoman",
  "career",
  "veneer",
  "pioneer",
  "sheer",
  "steer",
  "beer",
  "deer",
]);

/** Is this lower-case singular noun shaped like a word for a person? */
export function personShaped(word: string): boolean {
  if (NOT_PERSON.has(word)) return word === "human" || word === "pioneer";
  return PERSON_SHAPE.test(word);
}

/** Verbs only a being does: a noun that does them is a figure whatever it is called. */
export const ANIMATE_VERBS: ReadonlySet<string> = new Set([
  "say",
  "speak",
  "whisper",
  "smile",
  "nod",
  "wave",
  "beckon",
  "laugh",
  "frown",
  "grin",
  "wink",
  "shrug",
  "tell",
  "ask",
  "answer",
  "reply",
  "sing",
  "shout",
  "call",
  "greet",
  "hug",
  "kneel",
  "murmur",
  "introduce",
  "invite",
  "reach",
  "giggle",
  "scowl",
  "glare",
]);

/** Sounds a being or a thing makes: "a dog barking far off" is heard, not seen. */
export const SOUND_MAKING: ReadonlySet<string> = new Set([
  "bark",
  "howl",
  "chirp",
  "tweet",
  "coo",
  "moo",
  "neigh",
  "hoot",
  "caw",
  "squawk",
  "screech",
  "chime",
  "ring",
  "toll",
  "whistle",
  "hum",
  "sing",
  "laugh",
  "shout",
  "call",
  "cry",
  "wail",
  "scream",
  "drum",
  "rumble",
  "roar",
  "rustle",
  "crackle",
  "tick",
  "clang",
  "murmur",
  "whisper",
  "buzz",
  "purr",
  "growl",
  "snore",
  "splash",
]);
