/**
 * Negation, read once for every intent rule (marketing, reviews, channels) rather than spelled into each
 * rule's exceptions: "Nous n'envoyons aucune newsletter", "We don't run a loyalty scheme or a mailing
 * list", "Wir haben weder Newsletter noch Gutscheine", "We won't ask you to change your review" say what
 * the seller does not do. A match is negated when a negator stands shortly before it in the same clause
 * (German also after it, verb-last: "Einen Newsletter haben wir nicht"). Negations that urge rather than
 * deny ("n'hésitez pas", "don't miss", "nicht verpassen"), that describe an offer ("pas de frais de port",
 * "no extra cost", "pas cher") or that open "not only" are not negations of the request.
 */
import type { Token } from './text'

/** Folded words that deny what follows them ("n'" and "ne" alone are not enough: "ne … que" is "only"). */
const NEGATORS = new Set(
  (
    'pas aucun aucune aucuns aucunes ni jamais rien ' +
    'no not never nor neither none t ' + // t: don't, won't, can't, isn't (the tokenizer splits the apostrophe)
    'kein keine keinen keinem keiner keines nicht weder nie niemals'
  ).split(' '),
)

/** Words after a negator that make it an urging or an offer, not a denial. */
const NOT_A_DENIAL = new Set(
  (
    'hesitez hesite hesiter hesitate hesitating oubliez oublie oublier forget manquez manquer ratez rater ' +
    'miss missing wait attendez attends attendre worry inquietez ' +
    'frais fee fees cost costs charge charges extra minimum cher chere chers cheres besoin need ' +
    'seulement only just nur zogern zogere vergessen verpassen warten versandkosten kosten aufpreis ' +
    'mindestbestellwert ' +
    // a condition on the buyer's satisfaction, not a denial: "if you're not happy, contact us before…"
    'satisfait satisfaite satisfaits satisfaites content contente contents happy satisfied thrilled pleased ' +
    'ravi ravie zufrieden glucklich convaincu convinced convient conviennent plait plaisent gefallt gefallen ' +
    'meet met like liked suit suits work works marche fonctionne ' +
    // an instruction, not a denial: "please don't post a review", "merci de ne pas", "bitte nicht"; and a
    // negative question that asks: "Ne pourriez-vous pas supprimer votre évaluation ?"
    'please svp merci bitte pourriez pourrais pouvez pourrait could couldn would wouldn konnten wurden ' +
    // the review action itself forbidden is the request ("don't leave a review, write to us first")
    'post leave laisser laissez laisse write ecrire ecrivez publish publier publiez hinterlassen rate noter ' +
    // a suggestion or a teaser, not a denial: "why not follow us", "pas encore abonné ?", "ne partez pas sans",
    // "rien de mieux que"
    'why pourquoi warum encore yet partez partir quittez mieux better besser'
  ).split(' '),
)

/** Words that start a new clause: a negation before them does not reach past them. */
const CLAUSE_WORDS = new Set('mais but aber sondern however pourtant cependant toutefois jedoch'.split(' '))

/**
 * The buyer's words reported by the seller: "You asked if we're on Facebook", "Vous proposez de passer par
 * Messenger", "Sie fragen, ob …". What the buyer suggested is not the seller's request.
 */
const YOU = new Set('you vous sie du tu'.split(' '))
// reported, not requested: past forms, and the French and German present of asking and suggesting ("si vous
// mentionnez notre boutique dans votre avis" is a request, so mention, write and say in the present are not here)
const REPORTING = new Set(
  (
    'asked wondered suggested proposed mentioned wrote said told demandez demandiez proposez proposiez ' +
    'suggerez suggeriez disiez ecriviez fragen fragten fragst fragtest schlagen schlugen schrieben erwahnten'
  ).split(' '),
)

/** An object pronoun between the buyer and the verb: "vous me proposiez", "vous nous demandez", "Sie fragten uns". */
const TO_US = new Set('me m nous moi us mir uns'.split(' '))

/** "you asked", "vous me proposiez": the buyer as the subject of a reporting verb at tokens[i]. */
function reports(tokens: readonly Token[], i: number): boolean {
  if (!REPORTING.has((tokens[i] as Token).norm)) return false
  const before = tokens[i - 1]?.norm ?? ''
  return YOU.has(before) || (TO_US.has(before) && YOU.has(tokens[i - 2]?.norm ?? ''))
}

/** How many tokens before a match a negator may stand (after it, in German). */
const BEFORE = 8
const AFTER = 6
/** Negators that close a German clause: "… verschicken wir nicht", "… gibt es bei uns keinen". */
const GERMAN_AFTER = new Set('nicht nie niemals kein keine keinen keinem keiner keines'.split(' '))

/**
 * A comma, colon, dash, bracket or question mark between two tokens ends a clause ("Not happy? Contact us
 * before leaving feedback": the short question is a condition, not a denial).
 */
function clauseBreak(text: string, a: Token, b: Token): boolean {
  return /[,:;?!–—()«»"“”]|\s-\s/.test(text.slice(a.end, b.start))
}

function denies(tokens: readonly Token[], text: string, at: number): boolean {
  const t = tokens[at] as Token
  if (!NEGATORS.has(t.norm)) return false
  // "t" is a negation only as n't (don't, won't), not a stray letter ("si t content")
  if (t.norm === 't' && !(tokens[at - 1]?.end === t.start - 1 && /['’]/.test(text.charAt(t.start - 1))))
    return false
  return !urges(tokens, at) && !conditional(tokens, at)
}

/** A condition, not a denial: "si la taille va pas, envoie-moi…", "if it doesn't fit", "wenn es nicht passt". */
const IF = new Set('si if wenn falls'.split(' '))
function conditional(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 4; k--) if (IF.has((tokens[k] as Token).norm)) return true
  return false
}

/** A word beside the negator makes it an urging, an offer or a condition (the verb on either side). */
function urges(tokens: readonly Token[], at: number): boolean {
  for (let k = Math.max(0, at - 2); k <= at + 2 && k < tokens.length; k++)
    if (k !== at && NOT_A_DENIAL.has((tokens[k] as Token).norm)) return true
  return false
}

/** Whether the match of tokens [from, to) is denied by a negation in its clause, or reports the buyer's words. */
export function isNegated(
  tokens: readonly Token[],
  text: string,
  from: number,
  to: number,
  germanAfter: boolean,
  inside: boolean,
): boolean {
  const first = tokens[from] as Token
  // a German infinitive after a comma belongs to the clause before it: "Wir bitten Sie nicht darum, Ihre
  // Bewertung zu ändern"
  const infinitive = germanAfter && to >= 2 && tokens[to - 2]?.norm === 'zu'
  let commas = 0
  for (let i = from - 1; i >= 0 && i >= from - BEFORE; i--) {
    const t = tokens[i] as Token
    const next = tokens[i + 1] as Token
    if (t.sent !== first.sent || CLAUSE_WORDS.has(t.norm)) break
    // the buyer's words quoted after the verb that reports them: "Vous nous demandez « avez-vous un code … ? »"
    if (reports(tokens, i)) return true
    if (clauseBreak(text, t, next)) {
      const comma = /^[\s,]*$/.test(text.slice(t.end, next.start))
      if (!(infinitive && comma && commas++ === 0)) break
    }
    if (denies(tokens, text, i)) return true
  }
  // inside a request's gap: "nous ne vous demanderons pas de la modifier" (not on its last word; offers
  // are not read so: "a few more lenses that aren't listed yet" still offers them)
  for (let i = from + 1; inside && i < to - 1; i++) {
    const t = tokens[i] as Token
    if (clauseBreak(text, tokens[i - 1] as Token, t) || CLAUSE_WORDS.has(t.norm)) return false
    if (denies(tokens, text, i)) return true
  }
  if (!germanAfter) return false
  const last = tokens[to - 1] as Token
  for (let i = to; i < tokens.length && i < to + AFTER; i++) {
    const t = tokens[i] as Token
    const prev = tokens[i - 1] as Token
    if (t.sent !== last.sent || clauseBreak(text, prev, t) || CLAUSE_WORDS.has(t.norm)) break
    if (GERMAN_AFTER.has(t.norm) && !urges(tokens, i)) return true
  }
  return false
}
