/**
 * An unnamed person is described by the age the story gives ("a 12-year-old
 * girl"), so two outlets that disagree on that age describe two people and
 * their figures are never compared. Within one event, a kind of person each
 * story describes once ("girl", "man") is one person when the stories' ages
 * for it are a year apart at most: an age a year off is how outlets disagree
 * about one person, while ages further apart are more likely two people, and
 * there the audit abstains. A story describing two people of the kind says
 * nothing of which is which, so it stops the match (a child it calls "the boy"
 * and a child it calls "a child" of another age are two); so do stories that put
 * the person on two sides, one as the one shot and one as the one who shot
 * ("the shooting of a 15-year-old boy", "the 16-year-old boy is charged").
 */

/** "12-year-old girl (shooting, Fenmoor, 2026-04-02)": the age, the kind of person and the event. */
const DESCRIBED = /^(\d+)-year-old (\p{L}+) \(([^()]+)\)$/u

interface AgeClaim {
  subject: string
  readonly metric: string
  readonly holderKind: string
  readonly document: string
  readonly sentence: string
  readonly sentenceStart: number
  readonly start: number
  readonly end: number
}

type Side = "shot" | "shooter" | null

/** Words right before the person that make them the one acting ("by his 14-year-old friend", "charges against a"). */
const SHOOTER_BEFORE = /\b(?:by|against|charged|arrested|suspect|shooter|gunman)\s+(?:(?:a|an|the|his|her|their)\s+)?$/i
/** ...or after ("the 16-year-old boy is charged", "was arrested", "turned himself in"). */
const SHOOTER_AFTER =
  /^[\w-]*\s+(?:\w+\s+){0,2}?(?:(?:is|was|has been|had been|were|are)\s+)?(?:charged|arrested|booked|accused|detained|taken into custody|in custody|turned (?:himself|herself) in|opened fire|fired)\b/i
/** Words before the person that make them the one shot ("the shooting of a", "killed a", "shot his"). */
const SHOT_BEFORE =
  /\b(?:shooting|death|killing|murder|slaying|shot|killed|kills|wounded|wounding|injured|shoots|shooting)\s+(?:of\s+)?(?:(?:a|an|the|his|her|their)\s+)?$/i
/** ...or after ("a 14-year-old boy was fatally shot", "died"). */
const SHOT_AFTER =
  /^[\w-]*\s+(?:\w+\s+){0,2}?(?:(?:is|was|has been|had been|were|are)\s+)?(?:(?:fatally|critically|seriously|accidentally)\s+)?(?:shot|killed|wounded|injured|hit|struck|died|dies|hospitali[sz]ed)\b/i

/** Which side of the shooting the sentence puts the described person on, when it says. */
const sideOf = (c: AgeClaim): Side => {
  const at = c.start - c.sentenceStart
  const before = c.sentence.slice(Math.max(0, at - 40), at)
  const after = c.sentence.slice(c.end - c.sentenceStart, c.end - c.sentenceStart + 80)
  if (SHOOTER_BEFORE.test(before) || SHOOTER_AFTER.test(after)) return "shooter"
  if (SHOT_BEFORE.test(before) || SHOT_AFTER.test(after)) return "shot"
  return null
}

/** Words for a child, any of which a story may use for the one another calls "the boy": one kind of person for telling two apart. */
const CHILD = new Set(["child", "kid", "boy", "girl", "son", "daughter", "baby", "toddler", "infant", "youngster"])
const familyOf = (kind: string): string => (CHILD.has(kind) ? "child" : kind)

/** Whether a claim is the age of an unnamed person described by it, the only claims `joinUnnamedAges` may change. */
export const mayJoinAge = (c: Pick<AgeClaim, "metric" | "holderKind" | "subject">): boolean =>
  c.metric === "age" && c.holderKind === "person" && DESCRIBED.test(c.subject)

/** Gives the age claims of one unnamed person, described with ages a year apart, one holder: the kind of person in the event. */
export const joinUnnamedAges = (claims: Array<AgeClaim>): void => {
  // kind and event -> document -> ages, and the claims holding them
  const groups = new Map<
    string,
    { family: string; ages: Map<string, Set<number>>; sides: Set<Side>; members: Array<AgeClaim> }
  >()
  // family of kinds and event -> document -> ages: "a 2-year-old boy" and "a 1-year-old child" in one story are two children
  const families = new Map<string, Map<string, Set<number>>>()
  for (const c of claims) {
    if (!mayJoinAge(c)) continue
    const m = DESCRIBED.exec(c.subject)
    if (!m) continue
    const family = `${familyOf(m[2]!)} (${m[3]})`
    let byDocument = families.get(family)
    if (!byDocument) families.set(family, (byDocument = new Map()))
    let seen = byDocument.get(c.document)
    if (!seen) byDocument.set(c.document, (seen = new Set()))
    seen.add(Number(m[1]))
    const key = `${m[2]} (${m[3]})`
    let g = groups.get(key)
    if (!g) groups.set(key, (g = { family, ages: new Map(), sides: new Set(), members: [] }))
    let ages = g.ages.get(c.document)
    if (!ages) g.ages.set(c.document, (ages = new Set()))
    ages.add(Number(m[1]))
    g.sides.add(sideOf(c))
    g.members.push(c)
  }
  for (const [holder, g] of groups) {
    // a story giving two ages to the kind, or to its family, describes two people
    const family = families.get(g.family)!
    if (g.ages.size < 2 || [...g.ages.keys()].some((d) => family.get(d)!.size > 1)) continue
    if (g.sides.has("shot") && g.sides.has("shooter")) continue
    const all = [...new Set([...g.ages.values()].map((a) => [...a][0]!))]
    if (all.length !== 2 || Math.abs(all[0]! - all[1]!) > 1) continue
    for (const c of g.members) c.subject = holder
  }
}
