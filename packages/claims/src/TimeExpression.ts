/**
 * Dates and times in news text, resolved against the publication date.
 *
 * "yesterday", "on Tuesday", "last month", "earlier this year", "in January" only
 * mean something next to the date a piece was published. Each expression keeps
 * what the text stated apart from what was inferred: `relative` says the date was
 * computed, and an expression that cannot be resolved (no publication date) keeps
 * `date: null`.
 */
import { ORDINALS, smallNumber } from "./NumberWords.js"

export type Precision = "day" | "month" | "year"

export interface TimeExpression {
  readonly start: number
  readonly end: number
  readonly text: string
  /** ISO date at its precision: 2025-03-10, 2025-03 or 2025; null when it cannot be resolved. */
  readonly date: string | null
  readonly precision: Precision | null
  readonly relative: boolean
}

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12
}
const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6
}
/** How many units a relative expression counts: "3 days", "three weeks", "a month", "several years". */
const VAGUE_COUNTS: Record<string, number> = { a: 1, an: 1, several: 3, few: 3 }
const countOf = (w: string): number => smallNumber(w) ?? VAGUE_COUNTS[w.toLowerCase()] ?? 1

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

interface YMD {
  y: number
  m: number
  d: number
}

export const parseIsoDate = (s: string | null): YMD | null => {
  if (s === null) return null
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null
}

const utc = (d: YMD) => Date.UTC(d.y, d.m - 1, d.d)
const fromUtc = (t: number): YMD => {
  const x = new Date(t)
  return { y: x.getUTCFullYear(), m: x.getUTCMonth() + 1, d: x.getUTCDate() }
}
const addDays = (d: YMD, n: number) => fromUtc(utc(d) + n * 86400000)
const addMonths = (d: YMD, n: number): YMD => {
  const total = d.y * 12 + (d.m - 1) + n
  return { y: Math.floor(total / 12), m: (total % 12) + 1, d: 1 }
}
export const formatDate = (d: YMD, p: Precision): string =>
  p === "year" ? String(d.y) : p === "month" ? `${d.y}-${pad(d.m)}` : `${d.y}-${pad(d.m)}-${pad(d.d)}`

const validDay = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()

const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"
const WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
const ORD = "(\\d{1,2})(?:st|nd|rd|th)?"
const ORD_WORD =
  "(?:twenty|thirty)?-?\\s?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|(?:twenty|thirty)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)"
/** "twenty-first" -> 21, "twenty one" -> 21, "second" -> 2. */
const ordinalWord = (w: string): number | null => {
  const parts = w
    .toLowerCase()
    .split(/[-\s]+/)
    .filter(Boolean)
  let n = 0
  for (const p of parts) {
    // "twenty" "first", "thirty" "one": the number words' own tables
    const v = ORDINALS[p] ?? (/^[a-z]+$/.test(p) ? smallNumber(p) : undefined)
    if (v === undefined) return null
    n += v
  }
  return n >= 1 && n <= 31 ? n : null
}
const UNIT = "(day|week|month|year|quarter)s?"
const COUNT = "(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)"

interface Rule {
  readonly re: RegExp
  readonly resolve: (
    m: RegExpExecArray,
    pub: YMD | null
  ) => { date: YMD | null; precision: Precision; relative: boolean } | null
}

const rules: ReadonlyArray<Rule> = [
  // 2025-04-07
  {
    re: /\b(\d{4})-(\d{2})-(\d{2})\b/gy,
    resolve: (m) =>
      validDay(+m[1]!, +m[2]!, +m[3]!)
        ? { date: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, precision: "day", relative: false }
        : null
  },
  // April 7, 2025 / Apr. 7th 2025 / April 7 / Oct-2 / Oct/2
  {
    re: new RegExp(`\\b${MONTH}(?:\\s+|[-/]|\\.\\s*)${ORD}\\b(?:,?\\s+(\\d{4})\\b)?`, "giy"),
    resolve: (m, pub) => {
      const mo = MONTHS[m[1]!.toLowerCase()]!
      const d = +m[2]!
      const y = m[3] ? +m[3] : nearestYear(mo, d, pub)
      if (y === null) return { date: null, precision: "day", relative: true }
      return validDay(y, mo, d) ? { date: { y, m: mo, d }, precision: "day", relative: !m[3] } : null
    }
  },
  // 7 April 2025 / 13 March 2026 / 7th of April
  {
    re: new RegExp(`\\b${ORD}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?\\b`, "giy"),
    resolve: (m, pub) => {
      const d = +m[1]!
      const mo = MONTHS[m[2]!.toLowerCase()]!
      const y = m[3] ? +m[3] : nearestYear(mo, d, pub)
      if (y === null) return { date: null, precision: "day", relative: true }
      return validDay(y, mo, d) ? { date: { y, m: mo, d }, precision: "day", relative: !m[3] } : null
    }
  },
  // May twenty-first, Jan first, the second of August, twenty second of June
  {
    re: new RegExp(
      `\\b(?:${MONTH}\\s+(?:the\\s+)?(${ORD_WORD})|(?:the\\s+)?(${ORD_WORD})\\s+of\\s+${MONTH})\\b`,
      "giy"
    ),
    resolve: (m, pub) => {
      const mo = MONTHS[(m[1] ?? m[4])!.toLowerCase()]!
      const d = ordinalWord((m[2] ?? m[3])!)
      if (d === null) return null
      const y = nearestYear(mo, d, pub)
      if (y === null) return { date: null, precision: "day", relative: true }
      return validDay(y, mo, d) ? { date: { y, m: mo, d }, precision: "day", relative: true } : null
    }
  },
  // 2015/08/12, 2015-8-12
  {
    re: /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/gy,
    resolve: (m) =>
      validDay(+m[1]!, +m[2]!, +m[3]!)
        ? { date: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, precision: "day", relative: false }
        : null
  },
  // 21-04-2016, 21/04/16, 08/12,2015 (day first when the first part cannot be a month)
  {
    re: /\b(\d{1,2})[-/](\d{1,2})(?:[-/]|,\s?)(\d{4}|\d{2})\b/gy,
    resolve: (m) => {
      let mo = +m[1]!
      let d = +m[2]!
      if (mo > 12) [mo, d] = [d, mo]
      const y = m[3]!.length === 2 ? 2000 + +m[3]! : +m[3]!
      return validDay(y, mo, d) ? { date: { y, m: mo, d }, precision: "day", relative: false } : null
    }
  },
  // on 4/22, by 22/04: a month and day after a preposition
  {
    re: /\b(?:on|by|until|since|from)\s+(\d{1,2})\/(\d{1,2})\b(?![/\d])/giy,
    resolve: (m, pub) => {
      let mo = +m[1]!
      let d = +m[2]!
      if (mo > 12) [mo, d] = [d, mo]
      const y = nearestYear(mo, d, pub)
      if (y === null) return { date: null, precision: "day", relative: true }
      return validDay(y, mo, d) ? { date: { y, m: mo, d }, precision: "day", relative: true } : null
    }
  },
  { re: /\b(the day before yesterday)\b/giy, resolve: (_m, pub) => rel(pub, (p) => addDays(p, -2), "day") },
  { re: /\b(the day after (?:tomorrow|tmrw))\b/giy, resolve: (_m, pub) => rel(pub, (p) => addDays(p, 2), "day") },
  { re: /\b(tmrw|tmr)\b/giy, resolve: (_m, pub) => rel(pub, (p) => addDays(p, 1), "day") },
  { re: /\b((?:the )?(?:next|following) day)\b/giy, resolve: (_m, pub) => rel(pub, (p) => addDays(p, 1), "day") },
  // two weeks from now, in three days
  {
    re: new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+from\\s+(?:now|today)\\b`, "giy"),
    resolve: (m, pub) => {
      const n = countOf(m[1]!)
      const unit = m[2]!.toLowerCase()
      const precision: Precision = unit === "year" ? "year" : unit === "day" || unit === "week" ? "day" : "month"
      return rel(
        pub,
        (p) =>
          unit === "day"
            ? addDays(p, n)
            : unit === "week"
              ? addDays(p, 7 * n)
              : unit === "month"
                ? addMonths(p, n)
                : { y: p.y + n, m: 1, d: 1 },
        precision
      )
    }
  },
  // November 2019
  {
    re: new RegExp(`\\b${MONTH}\\s+(?:of\\s+)?(\\d{4})\\b`, "giy"),
    resolve: (m) => ({
      date: { y: +m[2]!, m: MONTHS[m[1]!.toLowerCase()]!, d: 1 },
      precision: "month",
      relative: false
    })
  },
  // 04/07/2025 (month first unless the first part cannot be a month)
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/gy,
    resolve: (m) => {
      let mo = +m[1]!
      let d = +m[2]!
      if (mo > 12) [mo, d] = [d, mo]
      const y = +m[3]!
      return validDay(y, mo, d) ? { date: { y, m: mo, d }, precision: "day", relative: false } : null
    }
  },
  { re: /\b(yesterday)\b/giy, resolve: (_m, pub) => rel(pub, (p) => addDays(p, -1), "day") },
  { re: /\b(today|tonight|this (?:morning|afternoon|evening))\b/giy, resolve: (_m, pub) => rel(pub, (p) => p, "day") },
  { re: /\b(tomorrow)\b/giy, resolve: (_m, pub) => rel(pub, (p) => addDays(p, 1), "day") },
  // last/this/next Monday; on Monday; Monday
  {
    // (not the weekday of a full date, "Sunday, June 28, 2015": the date that follows says the day)
    re: new RegExp(
      `\\b(?:(last|this|next|on|since)\\s+)?${WEEKDAY}\\b(?!,?\\s+(?:${MONTH.replace("(", "(?:")}\\s+\\d|\\d{1,2}[/.-]\\d))`,
      "giy"
    ),
    resolve: (m, pub) => {
      const wd = WEEKDAYS[m[2]!.toLowerCase()]!
      const which = m[1]?.toLowerCase()
      return rel(
        pub,
        (p) => {
          const today = new Date(utc(p)).getUTCDay()
          if (which === "next") return addDays(p, (wd - today + 7) % 7 || 7)
          // "this Friday": that day of the publication's week (weeks start on Monday)
          if (which === "this") return addDays(p, ((wd + 6) % 7) - ((today + 6) % 7))
          // News reports past days: the latest such weekday on or before publication.
          const back = (today - wd + 7) % 7
          return addDays(p, which === "last" ? (back === 0 ? -7 : -back) : -back)
        },
        "day"
      )
    }
  },
  // last/this/next week|month|year, earlier/later this year
  {
    re: /\b(last|this|next|past|earlier this|later this|early this|late last|earlier last|the previous|the past)\s+(week|month|year|quarter)\b/giy,
    resolve: (m, pub) => {
      const which = m[1]!.toLowerCase()
      const unit = m[2]!.toLowerCase()
      const off = /last|previous|past/.test(which) ? -1 : which === "next" ? 1 : 0
      const precision: Precision = unit === "year" ? "year" : unit === "week" ? "day" : "month"
      return rel(
        pub,
        (p) =>
          unit === "year"
            ? { y: p.y + off, m: 1, d: 1 }
            : unit === "month"
              ? addMonths(p, off)
              : unit === "quarter"
                ? addMonths(p, off * 3)
                : addDays(p, off * 7),
        precision
      )
    }
  },
  // two weeks ago, a month earlier, three years ago
  {
    re: new RegExp(`\\b${COUNT}\\s+${UNIT}\\s+(ago|earlier|before|later)\\b`, "giy"),
    resolve: (m, pub) => {
      const n = countOf(m[1]!)
      const unit = m[2]!.toLowerCase()
      const sign = m[3]!.toLowerCase() === "later" ? 1 : -1
      const precision: Precision = unit === "year" ? "year" : unit === "day" || unit === "week" ? "day" : "month"
      return rel(
        pub,
        (p) =>
          unit === "day"
            ? addDays(p, sign * n)
            : unit === "week"
              ? addDays(p, sign * 7 * n)
              : unit === "month"
                ? addMonths(p, sign * n)
                : unit === "quarter"
                  ? addMonths(p, sign * 3 * n)
                  : { y: p.y + sign * n, m: 1, d: 1 },
        precision
      )
    }
  },
  // in January, last January, this month's names without a year
  {
    re: new RegExp(`\\b(in|last|this|since|by|during|until|from|early|late|mid-?)\\s+${MONTH}(?!\\s+\\d)\\b`, "giy"),
    resolve: (m, pub) => {
      const mo = MONTHS[m[2]!.toLowerCase()]!
      if (mo === 5 && m[2]!.toLowerCase() === "may" && m[1]!.toLowerCase() !== "in" && m[1]!.toLowerCase() !== "last")
        return null
      return rel(pub, (p) => ({ y: mo <= p.m || m[1]!.toLowerCase() === "this" ? p.y : p.y - 1, m: mo, d: 1 }), "month")
    }
  },
  // now, currently, as of now
  { re: /\b(now|currently|as of now|at present)\b/giy, resolve: (_m, pub) => rel(pub, (p) => p, "month") }
]

function rel(pub: YMD | null, f: (p: YMD) => YMD, precision: Precision) {
  return { date: pub ? f(pub) : null, precision, relative: true }
}

/**
 * A month-day with no year. News reports what happened: the latest such date on
 * or before publication, unless it falls within the next two weeks (an event
 * announced as coming).
 */
function nearestYear(mo: number, d: number, pub: YMD | null): number | null {
  if (!pub) return null
  const horizon = utc(pub) + 14 * 86400000
  for (const y of [pub.y + 1, pub.y, pub.y - 1]) if (Date.UTC(y, mo - 1, Math.min(d, 28)) <= horizon) return y
  return pub.y - 1
}

/**
 * Words a date expression cannot do without. Rules are tried where such a word
 * stands and at the starts of the few words before it ("on Tuesday", "two
 * weeks ago", "the day before yesterday"), so the common words that open many
 * rules ("the", "on", "a") cost nothing where no date follows.
 */
const ANCHOR =
  /\b(?:\d|tmrw|tmr|twenty|thirty|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|now|currently|present|days?\b|weeks?\b|months?\b|years?\b|quarters?\b|morning|afternoon|evening)/giu
const WORD_BACK = 4

const tryRules = (text: string, at: number, pub: YMD | null): TimeExpression | null => {
  let best: TimeExpression | null = null
  for (const rule of rules) {
    rule.re.lastIndex = at
    const r = rule.re.exec(text)
    if (!r || r.index !== at) continue
    if (best && at + r[0].length <= best.end) continue
    const res = rule.resolve(r, pub)
    if (!res) continue
    // Strip the leading preposition from the span: "on Tuesday" reads as "Tuesday".
    const lead = /^(?:on|in|since|by|during|until|from)\s+/i.exec(r[0])
    const s = at + (lead ? lead[0].length : 0)
    best = {
      start: s,
      end: at + r[0].length,
      text: text.slice(s, at + r[0].length),
      date: res.date ? formatDate(res.date, res.precision) : null,
      precision: res.precision,
      relative: res.relative
    }
  }
  return best
}

/** Starts of up to `n` words before `at`, earliest first. */
const MAX_WORD = 40

const wordStartsBefore = (text: string, at: number, n: number): Array<number> => {
  const out: Array<number> = []
  let i = at
  while (out.length < n && i > 0) {
    let j = i - 1
    while (j >= 0 && /\s/.test(text[j]!)) j--
    if (j < 0 || !/[\p{L}\p{N}'.-]/u.test(text[j]!)) break
    // a word is at most MAX_WORD characters back: "2024-2024-2024-..." is no word, and scanning it whole per anchor was quadratic
    const floor = Math.max(0, j - MAX_WORD)
    while (j > floor && /[\p{L}\p{N}'.-]/u.test(text[j - 1]!)) j--
    out.unshift(j)
    i = j
  }
  return out
}

const MAYBE_TIME =
  /\d|morning|afternoon|evening|weekend|yesterday|today|tonight|tomorrow|tmrw|tmr|week|month|year|quarter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|now|current|present|day/i

/**
 * All time expressions in `text`, left to right, longest first at each position.
 * `published` is the document's ISO publication date, or null.
 */
export const findTimeExpressions = (text: string, published: string | null): ReadonlyArray<TimeExpression> => {
  if (!MAYBE_TIME.test(text)) return []
  const pub = parseIsoDate(published)
  const out: Array<TimeExpression> = []
  let covered = 0
  ANCHOR.lastIndex = 0
  for (let m = ANCHOR.exec(text); m !== null; m = ANCHOR.exec(text)) {
    const anchor = m.index
    if (anchor < covered) continue
    let found: TimeExpression | null = null
    for (const at of [...wordStartsBefore(text, anchor, WORD_BACK), anchor]) {
      if (at < covered) continue
      const hit = tryRules(text, at, pub)
      if (hit && hit.end > anchor) {
        found = hit
        break
      }
    }
    if (found) {
      out.push(found)
      covered = found.end
      ANCHOR.lastIndex = Math.max(ANCHOR.lastIndex, found.end)
    }
  }
  return out
}

/** Whether time `a` (ISO at any precision) contains or equals time `b`. */
export const contains = (a: string, b: string): boolean => b.startsWith(a)
export const sameTime = (a: string, b: string): boolean => contains(a, b) || contains(b, a)

/** The publication month of a document date, as the default time of an undated claim. */
export const monthOf = (iso: string | null): string | null => (iso && /^\d{4}-\d{2}/.test(iso) ? iso.slice(0, 7) : null)
