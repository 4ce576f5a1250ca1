// What a sentence is about from some point on: an insight, a recollection, a dream. Experience
// words after that point belong to it ("she realised the fall was not the start of her back pain").
import type { Clause, CueHit, LifeTime, TextModel } from "../model";
import type { Token } from "../text/read-text";
import {
  NEED_CUE_START,
  OWN_ACCOUNT_SUBJECTS,
  PERFECT_AUXILIARIES,
  PERSON_SUBJECTS,
} from "../lexicon/function-words";
import { isNegated } from "./negation";
import type { CuesAt } from "./clause-view";
import { BODY_CUE_TYPES } from "../lexicon/cues";
import { SITUATION_SUBJECTS } from "../lexicon/practice";
import { HISTORY_FORMS } from "../lexicon/experiencer";

/** Token index, per sentence, from which the sentence states an insight. */
export function insightStarts(model: TextModel, cuesAt: CuesAt): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  for (const c of model.clauses) {
    if (c.role !== "experience" || starts[c.sentence] !== undefined) continue;
    for (let k = c.first; k < c.last; k++) {
      if (model.speech[k] || model.masked[k]) continue;
      // Most tokens start no cue: no search (and no closure) for them.
      const here = cuesAt[k] ?? [];
      const hit =
        here.length > 0 &&
        here.find(
          (h) =>
            h.cue.type === "insight" &&
            !seesAScene(model.tokens, h.last) &&
            !noticesTheBody(model, cuesAt, h) &&
            !understoodByOthers(model.tokens, h) &&
            !realisesTheSituation(model.tokens, h) &&
            !impersonalNeed(model.tokens, h),
        );
      if ((hit && !isQuestionOrNegated(model.tokens, k, c.first)) || thinksOfMeaning(model.tokens, k)) {
        starts[c.sentence] = k;
        break;
      }
      const self =
        selfCharacterisation(model.tokens, k) ??
        hedgedLifePerfect(model.tokens, k) ??
        neverLetsSelf(model.tokens, k) ??
        likeBack(model.tokens, k, c.first) ??
        reframing(model.tokens, k, c.first, cuesAt);
      if (self !== null) {
        starts[c.sentence] = Math.max(c.first, self);
        break;
      }
    }
  }
  return starts;
}

/**
 * "I think the wolf is the part of me ...", "I think the old woman is how I talk to myself": the
 * client says what a figure or an experience means. ("I think I dozed off" and "I think it was
 * her again" are not insights: the subject must be a noun phrase, not a pronoun.)
 */
export function thinksOfMeaning(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.norm !== "think" && t.norm !== "believe" && t.norm !== "suspect" && t.norm !== "guess") return false;
  if (!/^(i|she|he)$/.test(tokens[k - 1]?.norm ?? "") || t.negated) return false;
  let j = k + 1;
  if (tokens[j]?.norm === "that") j++;
  if (!/^(the|my|this|that|her|his|all)$/.test(tokens[j]?.norm ?? "")) return false;
  for (let m = j + 1; m < Math.min(tokens.length, j + 6); m++) {
    const x = tokens[m]!;
    if (x.sentence !== t.sentence) return false;
    if (/^(is|was|means|meant|represents|'s)$/.test(x.norm)) return true;
    if (x.pos === "VERB") return false;
  }
  return false;
}

export function isQuestionOrNegated(tokens: readonly Token[], at: number, first: number): boolean {
  const t = tokens[at]!;
  // Insight cues that carry their own negation ("don't need") are not negated by it.
  if (t.norm === "do" || t.norm === "no" || t.norm === "can") return false;
  return isNegated(tokens, at, first);
}

/** Token index, per sentence, of the first memory cue (or strong age) in it. */
export function memoryStarts(model: TextModel, cuesAt: CuesAt): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  for (const c of model.clauses) {
    if (c.role !== "experience" || starts[c.sentence] !== undefined) continue;
    for (let k = c.first; k < c.last; k++) {
      const here = cuesAt[k] ?? [];
      if (
        here.length > 0 &&
        here.some((h) => h.cue.type === "memory" && memoryCueHolds(model.tokens, h, c))
      ) {
        starts[c.sentence] = k;
        break;
      }
    }
    if (starts[c.sentence] === undefined) {
      const strong = c.lifeTimes.find((l) => l.strong && !sinceOrNow(model.tokens, l));
      if (strong) starts[c.sentence] = strong.first;
    }
  }
  return starts;
}

/** Token index, per sentence, of a dream being told ("I dreamt I was ..."). */
export function dreamStarts(model: TextModel, cuesAt: CuesAt): (number | undefined)[] {
  const starts: (number | undefined)[] = [];
  for (const c of model.clauses) {
    if (c.role !== "experience" || starts[c.sentence] !== undefined) continue;
    for (let k = c.first; k < c.last; k++) {
      const here = cuesAt[k] ?? [];
      if (
        here.length > 0 &&
        here.some((h) => h.cue.type === "dream") &&
        !model.tokens[k]!.negated &&
        dreamScene(model.tokens, k, c)
      ) {
        starts[c.sentence] = k;
        break;
      }
    }
  }
  return starts;
}

export const MEMORY_NOUN_PREDICATES = new Set([
  "of",
  "from",
  "came",
  "come",
  "comes",
  "surfaced",
  "arose",
  "returned",
  "emerged",
  "appeared",
  "flooded",
  "that",
  "where",
  "in",
  "about",
]);

export function memoryCueHolds(tokens: readonly Token[], hit: CueHit, c: Clause): boolean {
  const t = tokens[hit.first]!;
  if (isNegated(tokens, hit.first, c.first)) return false;
  // "It felt like remembering": a comparison, not a recollection.
  for (let k = hit.first - 1; k >= Math.max(c.first, hit.first - 3); k--)
    if (tokens[k]!.norm === "like") return false;
  // "the first full breath I can remember": a relative clause, not a recollection.
  let k = hit.first - 1;
  while (k >= 0 && /^(can|could|ever|still|really|'d|would)$/.test(tokens[k]!.norm)) k--;
  if (
    k >= 1 &&
    PERSON_SUBJECTS.has(tokens[k]!.norm) &&
    tokens[k - 1]!.pos === "NOUN" &&
    tokens[k - 1]!.sentence === t.sentence
  )
    return false;
  // "I remember thinking how odd it looked": a thought during the session, not a recollection.
  if (
    t.lemma === "remember" &&
    /^(thinking|wondering|noticing|deciding|realising|realizing)$/.test(tokens[hit.last]?.norm ?? "")
  )
    return false;
  // "“…,” recalls Keller": the attribution of a quotation, said then, not a recollection in the session.
  let q = hit.first - 1;
  if (tokens[q]?.text === ",") q--;
  if (tokens[q]?.quote === "close" || tokens[q]?.quote === "toggle") return false;
  // "remember to ...", "to remember"
  if (t.lemma === "remember" && (tokens[hit.last]?.norm === "to" || tokens[hit.first - 1]?.norm === "to"))
    return false;
  // A memory as a noun needs telling: "a memory came", "the memory of", "I had this memory".
  if (t.pos === "NOUN" && hit.last - hit.first === 1) {
    const next = tokens[hit.last];
    const prev = tokens[hit.first - 1];
    const prev2 = tokens[hit.first - 2];
    const told =
      (next && (MEMORY_NOUN_PREDICATES.has(next.norm) || next.pos === "VERB")) ||
      [prev, prev2].some((x) => x && (x.lemma === "have" || x.lemma === "get"));
    if (!told) return false;
  }
  return true;
}

/** "since she was small", "she is six": durations and the present are not recollections. */
export function sinceOrNow(tokens: readonly Token[], l: LifeTime): boolean {
  const w = tokens[l.first]!.norm;
  const prev = tokens[l.first - 1]?.norm;
  return w === "since" || prev === "since" || w === "until" || prev === "until";
}

export function dreamScene(tokens: readonly Token[], at: number, c: Clause): boolean {
  const t = tokens[at]!;
  let k = at + 1;
  if (t.pos === "NOUN" || t.norm === "dreams" || t.norm === "dream") {
    // "in the dream", "a dream where ...", "had a dream that ..."
    const next = tokens[k]?.norm ?? "";
    return ["where", "that", "in", "of", "about"].includes(next)
      ? next !== "about"
      : tokens[at - 1]?.norm === "the";
  }
  if (tokens[k]?.norm === "that") k++;
  const n = tokens[k];
  if (!n || n.sentence !== t.sentence) return false;
  void c;
  if (n.norm === "about" || n.norm === "of") return false;
  return n.pos === "PRON" || n.pos === "DET" || n.pos === "PROPN" || n.pos === "NOUN";
}

/** Phrases that stretch a state over a life: what makes "I've been bracing" a pattern, not a moment. */
const LIFELONG = /^(years|decades|life|lifetime|along|always|forever|ages|childhood|since|ever|long)$/;
const HEDGES = /^(think|guess|suppose|reckon|suspect|maybe|perhaps|probably|realise|realize)$/;

/**
 * "I think I've been hiding from my anger for years", "she had been holding her breath since her
 * father died": the client names a lifelong pattern of their own. The subject is a person, the verb
 * a perfect progressive (or a perfect state), and either a hedge comes before or a lifelong span
 * after. Returns where the insight starts, or null.
 */
export function selfCharacterisation(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k]!;
  if (t.norm !== "been" || t.negated) return null;
  const aux = tokens[k - 1];
  const subj = tokens[k - 2];
  if (!aux || !subj || !/^(have|'ve|has|had|'d|'s)$/.test(aux.norm)) return null;
  if (!/^(i|we|she|he|my|body)$/.test(subj.norm) && subj.lemma !== "body") return null;
  let n = k + 1;
  while (tokens[n]?.pos === "ADV" && n < k + 3) n++;
  const next = tokens[n];
  if (!next || !((next.pos === "VERB" && next.norm.endsWith("ing")) || next.pos === "ADJ")) return null;
  const hedged = hedgeBefore(tokens, k - 2, 4);
  const lifelong = lifelongAfter(tokens, k, k + 2, 14);
  if (hedged < 0 && !lifelong) return null;
  // "I've been feeling tired" reports a symptom, not a pattern, unless it spans a life.
  if (!lifelong && /^(feeling|getting|sleeping|working|trying)$/.test(next.norm)) return null;
  // A history of treatments or activities, however long ("has been getting on with healing all
  // along" stays: a phrasal verb of the self).
  if (HISTORY_FORMS.has(next.norm)) return null;
  return hedged >= 0 ? Math.min(k - 2, hedged) : k - 2;
}

/**
 * Where a hedged clause starts, the hedge within `span` words before `k` with its subject
 * ("I think…", "maybe…"), or -1.
 */
function hedgeBefore(tokens: readonly Token[], k: number, span = 5): number {
  const sentence = tokens[k]!.sentence;
  let hedged = -1;
  for (let j = k - 1; j >= 0 && j >= k - span && tokens[j]!.sentence === sentence; j--)
    if (HEDGES.test(tokens[j]!.lemma)) hedged = j;
  if (hedged < 0) return -1;
  return hedged - (OWN_ACCOUNT_SUBJECTS.has(tokens[hedged - 1]?.norm ?? "") ? 1 : 0);
}

/** A lifelong span ("for years", "all my life") within `span` words from `from`, in the sentence of `at`. */
function lifelongAfter(tokens: readonly Token[], at: number, from: number, span: number): boolean {
  const sentence = tokens[at]!.sentence;
  for (let j = from; j < tokens.length && j < from + span && tokens[j]!.sentence === sentence; j++)
    if (LIFELONG.test(tokens[j]!.norm)) return true;
  return false;
}

/**
 * "I think I've made my whole life about work", "maybe she has never let herself rest": a hedged
 * present perfect of a person over a life (a lifelong span after it, or "never"/"always" before the
 * verb) names a pattern of one's own, as the perfect progressive does (selfCharacterisation).
 * "I think I've dozed off" (no span) and "I have had back pain for years" (no hedge: a history) do not.
 */
export function hedgedLifePerfect(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k]!;
  if (t.pos !== "VERB" || t.norm === "been" || t.negated || HISTORY_FORMS.has(t.norm)) return null;
  if (t.lemma === "have" || t.norm.endsWith("ing")) return null;
  let a = k - 1;
  let always = false;
  while (a > k - 3 && tokens[a]?.pos === "ADV") {
    if (/^(never|always)$/.test(tokens[a]!.norm)) always = true;
    a--;
  }
  const aux = tokens[a];
  const subj = tokens[a - 1];
  if (!aux || !subj || !PERFECT_AUXILIARIES.has(aux.norm) || !OWN_ACCOUNT_SUBJECTS.has(subj.norm))
    return null;
  const from = hedgeBefore(tokens, a - 1);
  if (from < 0) return null;
  return always || lifelongAfter(tokens, k, k + 1, 9) ? from : null;
}

/**
 * "I've never let myself miss her", "I never allow myself to rest": the writer who never lets or
 * allows themself something, in the present or the perfect, names a pattern of their own. Not "I
 * never allowed myself a break that week" (the past), nor a practitioner's "she never lets herself rest".
 */
export function neverLetsSelf(tokens: readonly Token[], k: number): number | null {
  const t = tokens[k]!;
  if (t.norm !== "never") return null;
  const verb = tokens[k + 1];
  const self = tokens[k + 2];
  if (!verb || !self || !/^(let|allow|allowed|permit|permitted)$/.test(verb.norm)) return null;
  if (!/^(myself|ourselves)$/.test(self.norm)) return null;
  let s = k - 1;
  const perfect = PERFECT_AUXILIARIES.has(tokens[s]?.norm ?? "");
  if (perfect) s--;
  const subject = tokens[s]?.norm ?? "";
  // The writer's own ("she never lets herself rest" in a note is the practitioner's reading of her).
  if (!/^(i|we)$/.test(subject) || tokens[s]!.sentence !== t.sentence) return null;
  return perfect || /^(let|allow|permit)$/.test(verb.norm) ? s : null;
}

/**
 * "I keep gripping everything the way I gripped that rope", "I'm holding the family together the
 * way my gran did": what the client does now, told the way someone did it then. The clause is in
 * the present or the perfect with a person as its subject; "the way" is followed by a subject and a
 * verb in the past. ("I moved my arm the way she showed me": told in the past, no comparison of now.)
 */
export function likeBack(tokens: readonly Token[], k: number, first: number): number | null {
  const t = tokens[k]!;
  if (t.norm !== "way" || tokens[k - 1]?.norm !== "the") return null;
  let j = k + 1;
  if (tokens[j]?.norm === "that") j++;
  while (tokens[j] && (tokens[j]!.pos === "DET" || tokens[j]!.pos === "ADJ" || tokens[j]!.norm === "my")) j++;
  const who = tokens[j];
  const verb = tokens[j + 1];
  if (!who || !verb || who.sentence !== t.sentence) return null;
  if (!(who.pos === "PRON" || who.pos === "PROPN" || who.pos === "NOUN")) return null;
  // (wink may tag a past form after a noun an adjective: "my father clenched his".)
  const past = verb.pos === "VERB" || verb.pos === "AUX" || (verb.pos === "ADJ" && verb.norm.endsWith("ed"));
  if (!past || (verb.pos !== "ADJ" && verb.norm === verb.lemma) || verb.norm.endsWith("ing")) return null;
  if (/^(is|are|am|'s|'re|'m|has|have|does|do)$/.test(verb.norm) || /s$/.test(verb.norm)) return null;
  // "the way she showed me": an instruction followed, not a likeness of then.
  if (/^(me|us)$/.test(tokens[j + 2]?.norm ?? "")) return null;
  // The clause before "the way": a person in the present or the perfect.
  for (let m = first; m < k - 1; m++) {
    const x = tokens[m]!;
    // wink leaves "I'm" one token.
    if (/^(i|we)'(m|re)$/.test(x.norm)) return m;
    if (!OWN_ACCOUNT_SUBJECTS.has(x.norm)) continue;
    const v = tokens[m + 1];
    if (!v) return null;
    const present =
      /^(am|'m|is|'s|are|'re|keep|keeps|have|'ve|has)$/.test(v.norm) ||
      (v.pos === "VERB" && (v.norm === v.lemma || v.norm === `${v.lemma}s`));
    return present && !v.negated ? m : null;
  }
  return null;
}

/**
 * "The judge isn't my father, he's the voice I took on from him": a figure or a symptom is seen
 * for what it is. A negated copula followed by a contrasting copula in the same sentence.
 */
export function reframing(
  tokens: readonly Token[],
  k: number,
  first: number,
  cuesAt?: CuesAt,
): number | null {
  const t = tokens[k]!;
  if (!(tokens[k + 1]?.norm === "n't" || tokens[k + 1]?.norm === "not")) return null;
  const subj = tokens[k - 1];
  if (!subj || !(subj.pos === "NOUN" || subj.pos === "PROPN")) return null;
  // "My body hasn't been fighting me. It's been rebuilding…", "Maybe my knee isn't broken. Maybe it
  // was just trying to…": what the next sentence says it was doing instead.
  const perfect = /^(has|have|had)$/.test(t.norm) && tokens[k + 2]?.norm === "been";
  if (perfect || t.lemma === "be") {
    const instead = doingInstead(tokens, k);
    // "The knee isn't sore. It's tingling.": a sensation, not a reframing.
    if (instead >= 0 && !(cuesAt?.[instead] ?? []).some((h) => BODY_CUE_TYPES.has(h.cue.type)))
      return Math.max(first, k - 2);
  }
  if (t.lemma !== "be") return null;
  for (let j = k + 2; j < tokens.length && j < k + 14 && tokens[j]!.sentence === t.sentence; j++) {
    const x = tokens[j]!;
    if (x.norm === "," || x.norm === "but" || x.norm === ";" || x.norm === "—") {
      const a = tokens[j + 1];
      const b = tokens[j + 2];
      if (
        a &&
        b &&
        /^(it|he|she|they)$/.test(a.norm) &&
        (b.norm === "'s" || b.norm === "is" || b.norm === "was")
      )
        return Math.max(first, k - 2);
      if (a?.norm === "but" && b && /^(a|an|the|my|his|her)$/.test(b.norm)) return Math.max(first, k - 2);
    }
  }
  return null;
}

/**
 * The sentence after the one at `from` says what the same subject was doing instead: it, he or she (after
 * "maybe", "perhaps"), a form of "be", and an -ing verb ("It's been rebuilding", "Maybe it was just
 * trying to…"); returns the verb's index, or -1 ("It's still there", "It hurts").
 */
function doingInstead(tokens: readonly Token[], from: number): number {
  // The next sentence, or the next one inside a quotation read as one ("…isn't broken. Maybe it…").
  const sentence = tokens[from]!.sentence;
  let k = from;
  while (k < tokens.length && tokens[k]!.sentence === sentence && !/^[.!?]$/.test(tokens[k]!.norm)) k++;
  while (k < tokens.length && /^[.!?"”]$/.test(tokens[k]!.norm)) k++;
  if (k >= tokens.length || tokens[k]!.sentence > sentence + 1) return -1;
  const next = tokens[k]!.sentence;
  while (/^(maybe|perhaps|but|and)$/.test(tokens[k]?.norm ?? "")) k++;
  if (!/^(it|he|she)$/.test(tokens[k]?.norm ?? "")) return -1;
  k++;
  if (!/^('s|is|was|has|had)$/.test(tokens[k]?.norm ?? "")) return -1;
  k++;
  if (tokens[k]?.norm === "been") k++;
  while (/^(just|only|simply|really|actually)$/.test(tokens[k]?.norm ?? "")) k++;
  const v = tokens[k];
  return v && v.sentence === next && v.pos === "VERB" && v.norm.endsWith("ing") ? k : -1;
}

/** "I saw that behind the gate there was a field": seeing a scene, not understanding something. */
function seesAScene(tokens: readonly Token[], after: number): boolean {
  const cue = tokens[after - 2];
  if (!cue || !/^(saw|see|sees)$/.test(cue.norm) || tokens[after - 1]?.norm !== "that") return false;
  for (let k = after; k < Math.min(tokens.length, after + 8); k++) {
    const t = tokens[k]!;
    if (t.norm === "there" && /^(was|were|is|are)$/.test(tokens[k + 1]?.norm ?? "")) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.norm === ",") return false;
  }
  return false;
}

/**
 * "Understood, and respected, the panther changed", "I felt understood": being understood by
 * someone is not a new understanding. "understood" with no subject before it, or after "be"/"feel".
 */
function understoodByOthers(tokens: readonly Token[], hit: CueHit): boolean {
  if (tokens[hit.first]!.norm !== "understood" || hit.last !== hit.first + 1) return false;
  const prev = tokens[hit.first - 1];
  if (prev && prev.sentence === tokens[hit.first]!.sentence && (prev.lemma === "be" || prev.lemma === "feel"))
    return true;
  // "Heard and understood, the boy smiled": nobody before it in the sentence understands.
  for (let k = hit.first - 1; k >= 0 && tokens[k]!.sentence === tokens[hit.first]!.sentence; k--)
    if (/^(PRON|PROPN|NOUN)$/.test(tokens[k]!.pos)) return false;
  return true;
}

/**
 * "I realised my session was over", "I realized that all the other students were staring": what
 * is realised is the room or the hour (SITUATION_SUBJECTS as the subject after the cue), not oneself.
 */
function realisesTheSituation(tokens: readonly Token[], hit: CueHit): boolean {
  if (!/^reali[sz]e$/.test(tokens[hit.first]!.lemma) || hit.last !== hit.first + 1) return false;
  let k = hit.last;
  if (tokens[k]?.norm === "that") k++;
  for (let j = k; j < Math.min(tokens.length, k + 4); j++) {
    const t = tokens[j]!;
    if (SITUATION_SUBJECTS.has(t.norm)) return true;
    if (t.pos === "VERB" || t.pos === "AUX" || t.sentence !== tokens[hit.first]!.sentence) return false;
  }
  return false;
}

/**
 * "Something does not need to be wrong with us": a general statement, not the client's insight
 * (cues that say a need is over hold only for a person).
 */
function impersonalNeed(tokens: readonly Token[], hit: CueHit): boolean {
  const head = tokens[hit.first]!;
  if (!NEED_CUE_START.has(head.norm) && head.lemma !== "do") return false;
  let k = hit.first - 1;
  while (k >= 0 && tokens[k]!.pos === "ADV") k--;
  const subj = tokens[k];
  return !subj || !PERSON_SUBJECTS.has(subj.norm);
}

const REALISE = /^reali[sz](e|ed|es|ing)$/;

/**
 * "I realised silent tears were running down my face", "she realized her hands were shaking": the
 * complement of "realise" is a bodily event of the moment, so the piece is that event. The
 * complement is its first clause (up to a comma or a conjunction); a reflective word in it
 * ("always", "years", "because", a negation) keeps the insight ("I realised my jaw had been tight for years").
 */
function noticesTheBody(model: TextModel, cuesAt: CuesAt, hit: CueHit): boolean {
  const { tokens } = model;
  if (tokens[hit.last - 1]!.norm === "aware") return awareOfTheBody(model, cuesAt, hit);
  if (!REALISE.test(tokens[hit.first]!.norm)) return false;
  const sentence = tokens[hit.first]!.sentence;
  let body = false;
  for (let k = hit.last; k < Math.min(tokens.length, hit.last + 14); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence || t.norm === "," || t.norm === ";" || t.pos === "CCONJ") break;
    if (REFLECTIVE.has(t.norm) || (t.norm === "had" && tokens[k + 1]?.norm === "been")) return false;
    // "he realised the fall was not the start of his back pain": a reframing, not a noticing.
    if (t.norm === "not" || t.norm === "n't" || t.norm === "no") return false;
    if ((cuesAt[k] ?? []).some((h) => BODY_CUE_TYPES.has(h.cue.type))) body = true;
  }
  return body;
}

/** "I became aware of my liver", "…of a warmth in my hands": noticing the body, not an insight. */
function awareOfTheBody(model: TextModel, cuesAt: CuesAt, hit: CueHit): boolean {
  const { tokens } = model;
  const sentence = tokens[hit.first]!.sentence;
  let end = hit.last;
  while (end < Math.min(tokens.length, hit.last + 8)) {
    const t = tokens[end]!;
    if (t.sentence !== sentence || t.norm === "," || t.norm === ";" || t.pos === "CCONJ") break;
    end++;
  }
  for (let k = hit.last; k < end; k++)
    if ((cuesAt[k] ?? []).some((h) => BODY_CUE_TYPES.has(h.cue.type) || h.cue.type === "organ")) return true;
  return model.clauses.some((c) => c.regions.some((r) => r.first >= hit.last && r.first < end));
}

const REFLECTIVE = new Set([
  "always",
  "years",
  "because",
  "why",
  "how",
  "meant",
  "never",
  "all",
  "life",
  "start",
  "cause",
  "reason",
]);
