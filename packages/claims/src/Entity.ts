/**
 * Named things in a story: organisations, people and products, with their
 * aliases ("Halcyon" for "Halcyon Grid", "Trump" for "Donald Trump") and the
 * titles that tie a person to an organisation ("OpenAI CEO Sam Altman").
 *
 * There is no tagger here: capitalised runs are split at title words, and the
 * type of each run comes from the cues around it (a title before it, "startup"
 * before it, an appositive after it, a suffix such as "Capital" or "Inc").
 */
import { tagsOf } from "./PartOfSpeech.js"

export type EntityType = "person" | "org" | "product" | "other"

export interface EntitySpan {
  readonly start: number
  readonly end: number
  readonly name: string
  type: EntityType
  /** The organisation a title ties a person to ("OpenAI" for "OpenAI CEO Sam Altman"). */
  readonly affiliation: string | null
  readonly title: string | null
}

const TITLE_WORDS = new Set([
  "ceo",
  "cfo",
  "coo",
  "cto",
  "chief",
  "executive",
  "officer",
  "president",
  "vice",
  "vp",
  "founder",
  "cofounder",
  "co-founder",
  "chairman",
  "chairwoman",
  "chair",
  "analyst",
  "director",
  "minister",
  "secretary",
  "spokesperson",
  "spokesman",
  "spokeswoman",
  "senator",
  "sen.",
  "governor",
  "gov.",
  "mayor",
  "head",
  "partner",
  "economist",
  "professor",
  "prof.",
  "researcher",
  "editor",
  "reporter",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "mr",
  "mrs",
  "ms",
  "dr",
  "general",
  "manager",
  "counsel",
  "chancellor",
  "premier",
  "commissioner",
  "representative",
  "rep.",
  "judge",
  "justice",
  "lawyer",
  "attorney",
  "treasurer",
  "king",
  "queen",
  "prince",
  "pope",
  "leader",
  "strategist",
  "engineer",
  "scientist",
  "global",
  "affairs",
  "senior",
  "principal",
  "managing",
  "operating",
  "financial",
  "technology",
  "research",
  "investor",
  "adviser",
  "advisor",
  // clergy: "the Rev. Corwin Ashby" is Corwin Ashby
  "rev",
  "rev.",
  "reverend",
  "pastor",
  "bishop",
  "rabbi",
  "imam"
])
const ORG_NOUNS =
  /\b(startup|start-up|company|firm|operator|maker|automaker|carmaker|chipmaker|group|giant|rival|lender|bank|retailer|insurer|fund|platform|outlet|publisher|regulator|agency|utility|airline|developer|manufacturer|provider|supplier|producer|conglomerate|brand|business|lab|unicorn|subsidiary|owner|investor|venture firm|vc firm|exchange|broker|newspaper|network|broadcaster|union|club|team)s?$/i
const ORG_SUFFIX =
  /\b(Inc|Corp|Corporation|Co|Ltd|LLC|plc|PLC|AG|SA|GmbH|Group|Capital|Labs?|Bank|Holdings|Partners|Ventures|Technologies|Technology|Energy|Motors|Grid|Systems|Research|Media|Airlines|AI|Foundation|Institute|University|Association|Agency|Authority|Ministry|Department|Commission|Council|Fund|Trust|Brew|Wire|Ledger|Desk|Times|Post|Journal|News|Reuters|Bloomberg)\.?$/
const APPOSITIVE_TITLE =
  /^,\s+(?:(?:a|an|the|its|their|his|her)\s+)?((?:[\p{L}-]+\s+){0,4}?(?:ceo|cfo|cto|coo|vp|chief|president|founder|co-founder|cofounder|chairman|chairwoman|analyst|director|officer|executive|minister|secretary|spokesperson|spokesman|spokeswoman|senator|governor|mayor|economist|professor|researcher|partner|head|manager|editor|reporter|lawyer|engineer|scientist|adviser|advisor|strategist))\b/iu
/**
 * The title in an appositive after a name ("Dana Reyes, a police spokesman"), unless a name follows
 * it: in "the territory of Guam, spokesman Dana Reyes said" the title is the next name's.
 */
const appositiveTitle = (after: string): string | null => {
  const m = APPOSITIVE_TITLE.exec(after)
  return m === null || /^,?\s+\p{Lu}/u.test(after.slice(m[0].length)) ? null : m[1]!.trim()
}
/** A title in lower case right before a name, with the word before it ("police spokesman "). */
const TITLE_BEFORE =
  /((?:\b[\p{L}'’-]+\s+)?\b(?:ceo|chief executive|president|founder|analyst|director|spokesperson|spokesman|spokeswoman|minister|vp|officer|economist|professor|partner|head|chair|researcher|mr\.?|ms\.?|mrs\.?|dr\.?))\s+$/iu
const SPEECH =
  /^\s*(?:,\s*)?(said|says|told|wrote|writes|posted|added|explained|noted|argued|warned|claimed|announced|insisted|countered|admitted|acknowledged|agreed)\b/i
const SENTENCE_STARTERS = new Set([
  "the",
  "a",
  "an",
  "this",
  "that",
  "these",
  "those",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "his",
  "her",
  "their",
  "our",
  "in",
  "on",
  "at",
  "by",
  "for",
  "from",
  "to",
  "of",
  "with",
  "after",
  "before",
  "since",
  "during",
  "as",
  "if",
  "when",
  "while",
  "but",
  "and",
  "or",
  "so",
  "yet",
  "still",
  "also",
  "however",
  "meanwhile",
  "instead",
  "last",
  "next",
  "earlier",
  "later",
  "now",
  "today",
  "yesterday",
  "there",
  "here",
  "some",
  "many",
  "most",
  "more",
  "few",
  "several",
  "all",
  "both",
  "each",
  "every",
  "no",
  "not",
  "only",
  "even",
  "just",
  "why",
  "how",
  "what",
  "who",
  "which",
  "where",
  "until",
  "although",
  "though",
  "because",
  "despite",
  "amid",
  "among",
  "over",
  "under",
  "about",
  "around",
  "according",
  "such",
  "other",
  "another",
  "one",
  "two",
  "three",
  "founded",
  "revenue",
  "sales",
  "shares",
  "investors",
  "analysts",
  "officials",
  "experts",
  "people",
  "customers",
  "users",
  "prices",
  "production",
  "operations",
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "not",
  "whether",
  "either",
  "neither",
  "nor",
  "then",
  "thus",
  "hence",
  "therefore",
  // words of time or standing before a name: "Current Vantor shareholders", "Former Acme chief"
  "current",
  "former",
  "existing",
  "incoming",
  "outgoing",
  "future",
  "prospective",
  "fellow",
  "overall",
  "previously",
  "currently",
  "recently",
  "finally",
  "already",
  "again",
  "once",
  "twice",
  "soon",
  "unlike",
  "like",
  "elsewhere",
  "separately",
  "granted",
  "basically",
  "similar",
  "similarly",
  "having",
  "being",
  "why",
  "due",
  "late",
  "early",
  "employees",
  "workers",
  "police",
  "prosecutors",
  "researchers",
  "regulators",
  "executives",
  "residents",
  "witnesses",
  "critics",
  "lawmakers",
  "economists",
  "scientists",
  "authorities",
  "doctors",
  "officers",
  "organisers",
  "organizers",
  "sources"
])
/** Month and weekday names: capitalised, yet never a name (nor a place). */
/** Holidays: a date's name, not a place's or a person's ("charged in Hanukkah shooting", "a Kwanzaa party"). */
export const HOLIDAYS = /^(?:halloween|easter|christmas|thanksgiving|hanukkah|kwanzaa|valentine's|valentines)$/i

export const MONTHS_AND_DAYS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/

/**
 * A capitalised word, or a word with a capital inside ("eBay", "iPhone"). The
 * second form only starts where a run of lower-case letters starts, so that a
 * long run without a capital is tried once, not once per letter (which made a
 * 200,000-letter word take minutes).
 */
const WORD = /\p{Lu}[\p{L}\p{N}]*(?:[.'&-]\p{L}[\p{L}\p{N}]*)*\.?|(?<!\p{Ll})\p{Ll}+\p{Lu}[\p{L}\p{N}]*/gu

interface RawToken {
  text: string
  start: number
  end: number
}

/** Capitalised runs in a sentence, with names that carry digits kept whole (GPT-4o, Llama 4). */
const capitalisedRuns = (text: string): Array<Array<RawToken>> => {
  const runs: Array<Array<RawToken>> = []
  let cur: Array<RawToken> = []
  WORD.lastIndex = 0
  let lastEnd = -1
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let tokText = m[0]
    let end = m.index + tokText.length
    // glue digits: GPT-2, GPT-4o, DeepSeek-R1, Llama 4, AI21
    const tail =
      /^(?:-\p{N}+[\p{L}\p{N}]*|\p{N}+[\p{L}]*|-\p{Lu}\p{N}+|\s\d+(?:\.\d+)?(?![\d%,:-]|\s*(?:%|percent|million|billion|thousand|trillion|per|years?|months?|days?|weeks?)))/u.exec(
        text.slice(end)
      )
    if (
      tail &&
      // a date ("Jan. 2") or a count after a word of the sentence ("An 11-year-old", "Around 5 p.m.", "Published 9:12") is no name
      !MONTHS_AND_DAYS.test(tokText.replace(/\.$/, "")) &&
      !/^(?:In|On|At|By|Since|From|Until|Of|The|A|An|About|Around|Another|Nearly|Almost|Some|Only|Just|All|Over|Under|And|But|For|To|With|After|Before|Than|Published|Updated|Posted)$/.test(
        tokText
      )
    ) {
      tokText += tail[0]
      end += tail[0].length
    }
    // possessives and trailing dots are not part of the name
    const poss = /(?:'s|')$/.exec(tokText)
    if (poss) {
      tokText = tokText.slice(0, -poss[0].length)
      end -= poss[0].length
    }
    const between = lastEnd < 0 ? "" : text.slice(lastEnd, m.index)
    const joins =
      (lastEnd >= 0 &&
        /^(?:\s+(?:of|de|del|da|van|von|der|la|le|&)\s+|\s+|-)$/.test(between) &&
        !/^\s+of\s+$/.test(between)) ||
      between === " & "
    if (!joins && cur.length > 0) {
      runs.push(cur)
      cur = []
    }
    if (joins && /(?<!\s)\s+(of|de|del|da|van|von|der|la|le|&)\s+/.test(between) && cur.length > 0) {
      cur.push({ text: between.trim(), start: lastEnd, end: m.index })
    }
    cur.push({ text: tokText, start: m.index, end })
    lastEnd = end
    // a possessive ends the name
    if (poss) {
      runs.push(cur)
      cur = []
      lastEnd = -1
    }
    WORD.lastIndex = Math.max(WORD.lastIndex, end + (poss ? poss[0].length : 0))
  }
  if (cur.length > 0) runs.push(cur)
  return runs
}

const isTitle = (t: string) => TITLE_WORDS.has(t.toLowerCase())
/** A tag the lexicon gives a common word ("boy", "west"): a run holding one after an age is a description, not a name. */
const COMMON_TAG = /^(?:NN|NNS|JJ|VB\w*|RB|IN|DT)$/
/** An age fronting a name in a headline's title case: "16-Year-Old Dana Reyes", "Thirty-One-Year-Old Dana Reyes". */
const AGE_WORD = /^(?:\p{L}+-)*(?:year|month|week|day)s?-old$/iu
/** Titles that only ever stand before a name: after one, or last, they are a surname. */
const BEFORE_NAME = new Set(["king", "queen", "prince", "pope"])
/** What may close a name without being one: a generational suffix, or the "Day" of a holiday named for someone. */
const NAME_TAIL = /^(?:Jr|Sr|II|III|IV|Day)\.?$/
/** The last word of a street's name: a title inside it ("King", "President") is part of the name. */
const STREET_SUFFIX =
  /^(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Drive|Dr|Lane|Parkway|Pkwy|Highway|Hwy|Way|Place|Terrace|Square|Expressway|Freeway)\.?$/

/** Surname prefixes written with a capital after them: "McNeil", "MacAulay", "DeLuca", "LaFleur". */
const SURNAME_PREFIX = /\b(?:Mc|Mac|De|Di|Da|Du|La|Le)(?=\p{Lu}\p{Ll})/gu

/** The last word of an institution's or a building's name: "Harbour General Hospital" holds no title either. */
const PLACE_SUFFIX =
  /^(?:Hospital|Center|Centre|Clinic|School|Academy|University|College|Church|Cathedral|Court|Courthouse|Department|Office|Institute|Museum|Library|Hall|Airport|Station|Mall|Hotel|Cemetery)$/

/**
 * Entities of one sentence. `known` holds names already seen in the story (so
 * "Halcyon" at a sentence start is known to be a name), `capitalisedMidSentence`
 * the single words seen capitalised away from a sentence start in the document.
 */
export const findEntities = (
  sentence: string,
  known: ReadonlyMap<string, EntityType>,
  capitalisedMidSentence: ReadonlySet<string>
): Array<EntitySpan> => {
  const out: Array<EntitySpan> = []
  const firstWordAt = /^\W*/.exec(sentence)![0].length
  for (const run of capitalisedRuns(sentence)) {
    // split at title words: [OpenAI] [CEO] [Sam Altman]; a street named for someone is one name ("Corwin Ashby King Jr. Drive")
    const street = STREET_SUFFIX.test(run[run.length - 1]!.text) || PLACE_SUFFIX.test(run[run.length - 1]!.text)
    const parts: Array<{ tokens: Array<RawToken>; title: boolean }> = []
    for (let k = 0; k < run.length; k++) {
      const tok = run[k]!
      // "King Haldor", but "Tamsin King", "Corwin Ashby King Jr." and "Corwin Ashby King Day"
      const title =
        !street &&
        isTitle(tok.text) &&
        (!BEFORE_NAME.has(tok.text.toLowerCase()) || (k + 1 < run.length && !NAME_TAIL.test(run[k + 1]!.text)))
      const last = parts[parts.length - 1]
      if (last && last.title === title) last.tokens.push(tok)
      else parts.push({ tokens: [tok], title })
    }
    let affiliation: string | null = null
    let pendingTitle: string | null = null
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!
      if (part.title) {
        pendingTitle = part.tokens.map((t) => t.text).join(" ")
        continue
      }
      let toks = part.tokens
      let orgCue = false
      // drop connectors at the edges
      while (toks.length && /^(of|de|&)$/.test(toks[0]!.text)) toks = toks.slice(1)
      while (toks.length && /^(of|de|&)$/.test(toks[toks.length - 1]!.text)) toks = toks.slice(0, -1)
      if (toks.length === 0) continue
      // a common noun fronting a name: "Automaker Stellantis", "The Tesla CEO"
      while (toks.length > 1 && (SENTENCE_STARTERS.has(toks[0]!.text.toLowerCase()) || ORG_NOUNS.test(toks[0]!.text))) {
        if (ORG_NOUNS.test(toks[0]!.text)) orgCue = true
        toks = toks.slice(1)
      }
      // the age before a person's name is not part of it, and says the name is a person's
      let aged = false
      while (toks.length > 1 && AGE_WORD.test(toks[0]!.text)) {
        toks = toks.slice(1)
        aged = true
      }
      // a headline in title case runs a name into its verb: "Norlex Bank Sees $2 Billion Hit", "Vantor Raises Offer"
      const verbAt = toks.findIndex((t, k) => k > 0 && /^VB[ZD]$/.test(tagsOf(t.text.toLowerCase())[0] ?? ""))
      if (verbAt > 0) toks = toks.slice(0, verbAt)
      const start = toks[0]!.start
      const end = toks[toks.length - 1]!.end
      const name = sentence.slice(start, end).replace(/\.$/, "")
      // a sentence-initial capital is no evidence of a name
      if (start === firstWordAt && toks.length === 1) {
        const w = toks[0]!.text
        const lower = w.toLowerCase()
        // an appositive or participle right after it marks a name: "Kelpline, the ... company", "Kelpline, valued at"
        const appositive = /^,\s+(?:the|a|an|now|once|which|who|whose|valued|based|founded|backed|owned|led)\b/i.test(
          sentence.slice(end, end + 12)
        )
        const evidence =
          appositive ||
          /\p{Lu}.*\p{Lu}|\d/u.test(w) ||
          capitalisedMidSentence.has(w) ||
          known.has(w) ||
          [...known.keys()].some((k) => k.split(" ")[0] === w || k.split(" ").pop() === w)
        if (SENTENCE_STARTERS.has(lower) || !evidence) continue
      }
      // "Oslo-based", "Series C", "Section 4": adjectives and labels, not names
      if (
        /-(based|born|owned|listed|headquartered|backed|led|made|style|like)$/i.test(name) ||
        /^(Series|Round|Phase|Section|Class|Chapter|Part|Article|Title|Stage|Tier)\b/.test(name)
      )
        continue
      if (MONTHS_AND_DAYS.test(name) || /^(I|A|An|The|It|He|She|We|They|AI|US|U\.S|UK|EU)$/.test(name)) continue
      const before = sentence.slice(Math.max(0, start - 60), start)
      const after = sentence.slice(end, end + 80)
      let type: EntityType = known.get(name) ?? "other"
      const hasNextPart = p + 1 < parts.length
      // a title in lower case before the name ("police spokesman Dana Reyes") or in an appositive after it
      // ("Dana Reyes, a police spokesman") is kept, as a capitalised one is: it says who speaks for whom
      let statedTitle = pendingTitle
      const titleBefore = TITLE_BEFORE.exec(before)
      if (pendingTitle !== null || titleBefore !== null) {
        type = "person"
        statedTitle ??= titleBefore![1]!.trim()
      } else if (
        aged &&
        toks.length <= 3 &&
        toks.every((t) => !COMMON_TAG.test(tagsOf(t.text.toLowerCase())[0] ?? "NNP"))
      )
        type = "person"
      else if (hasNextPart && parts[p + 1]!.title) type = "org"
      else if (/\d/.test(name)) type = "product"
      else if (
        orgCue ||
        ORG_SUFFIX.test(name) ||
        ORG_NOUNS.test(before.trim().split(/\s+/).slice(-1)[0] ?? "") ||
        /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?(startup|start-up|company|firm|operator|maker|group|giant|developer|lender|bank|provider|utility|business|platform)\b/i.test(
          after
        ) ||
        // a capital inside a word ("eBay", "OpenAI"), but not a surname's ("McNeil", "DeLuca", "LaFleur")
        /\p{Ll}\p{Lu}/u.test(name.replace(SURNAME_PREFIX, ""))
      )
        type = type === "other" ? "org" : type
      else if (
        type === "other" &&
        toks.length >= 2 &&
        toks.length <= 3 &&
        SPEECH.test(after) &&
        toks.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text))
      )
        type = "person"
      // "Rowan Curran, a senior analyst at Forrester", "Naveen Rao, VP of AI at Databricks"
      else if (
        type === "other" &&
        toks.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)) &&
        appositiveTitle(after) !== null
      ) {
        type = "person"
        statedTitle = appositiveTitle(after)
      }
      out.push({
        start,
        end,
        name,
        type,
        affiliation: type === "person" ? affiliation : null,
        title: type === "person" ? statedTitle : null
      })
      if (type === "org") affiliation = name
      pendingTitle = null
    }
  }
  return out
}

/** Single capitalised words seen away from sentence starts: evidence that a word is a name. */
export const midSentenceCapitals = (sentences: ReadonlyArray<string>): Set<string> => {
  const out = new Set<string>()
  const initial = new Map<string, number>()
  const speakers = new Set<string>()
  for (const s of sentences) {
    // a capitalised word after a space that follows a word, a number or , ; : )
    CAPITALISED.lastIndex = 0
    for (let m = CAPITALISED.exec(s); m !== null; m = CAPITALISED.exec(s)) {
      if (m.index >= 2 && s[m.index - 1] === " " && AFTER_WORD.test(s[m.index - 2]!)) out.add(m[0])
    }
    const opener = OPENER.exec(s)
    if (opener) {
      initial.set(opener[1]!, (initial.get(opener[1]!) ?? 0) + 1)
      if (opener[2]) speakers.add(opener[1]!)
    }
  }
  // a word that opens several sentences, or opens one as the one who speaks ("Kelpline said on
  // Monday ..."), and never appears in lower case is a name
  const openers = [...initial].filter(([w, n]) => (n >= 2 || speakers.has(w)) && !out.has(w)).map(([w]) => w)
  if (openers.length > 0) {
    const text = sentences.join("\n")
    for (const w of openers) if (!appearsInLowerCase(text, w.toLowerCase())) out.add(w)
  }
  return out
}

const CAPITALISED = /\p{Lu}[\p{L}\p{N}]*/gu
/** A sentence's first word, and whether a verb of speaking or announcing follows it. */
const OPENER =
  /^\W*(\p{Lu}[\p{L}\p{N}]*)(\s+(?:said|says|announced|told|reported|confirmed|disclosed|posted|unveiled|launched)\b)?/u
const AFTER_WORD = /[\p{L}\p{N},;:)]/u
const LETTER = /[\p{L}\p{N}_]/u

/** Whether `word` occurs as a whole word in `text`. */
const appearsInLowerCase = (text: string, word: string): boolean => {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? "" : text[i - 1]!
    const after = text[i + word.length] ?? ""
    if ((before === "" || !LETTER.test(before)) && (after === "" || !LETTER.test(after))) return true
  }
  return false
}
