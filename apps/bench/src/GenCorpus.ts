/**
 * `pnpm gen:corpus --docs N --seed S --out DIR`: a deterministic corpus of
 * invented articles about invented companies, in clusters about one event each,
 * 300-1,500 words long, with numbers of every kind the extractor reads,
 * republished copies, aggregator pages holding an unrelated story, and planted
 * conflicts. The truth is written beside it as gold.json, in the format of
 * ../shared/corpus/*\/gold.json.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { join } from "node:path"

// ---------------------------------------------------------------------------
// Deterministic randomness

/**
 * sfc32, seeded from any number of integers through a murmur-style mix: a
 * 128-bit state, so streams for different seeds do not run into each other
 * (mulberry32's single 2^32 cycle made two articles' filler coincide).
 */
export const rng = (...seeds: ReadonlyArray<number>): Rng => {
  const mix = (h: number) => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    return (h ^ (h >>> 16)) >>> 0
  }
  let h = 0x3c6ef372
  for (const s of seeds) h = mix(h ^ mix(s + 0x9e3779b9))
  let a = mix(h ^ 1),
    b = mix(h ^ 2),
    c = mix(h ^ 3),
    d = 1
  const next = () => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return (t >>> 0) / 4294967296
  }
  for (let i = 0; i < 12; i++) next()
  return next
}

type Rng = () => number
const pick = <A>(r: Rng, xs: ReadonlyArray<A>): A => xs[Math.floor(r() * xs.length)]!
const int = (r: Rng, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1))

// ---------------------------------------------------------------------------
// Invented names

const SYL_A = [
  "Kel",
  "Tor",
  "Vas",
  "Bren",
  "Quill",
  "Mar",
  "Ost",
  "Lum",
  "Fen",
  "Dray",
  "Sol",
  "Rav",
  "Cor",
  "Ul",
  "Gal",
  "Hest",
  "Ner",
  "Pell",
  "Wyn",
  "Zan"
]
const SYL_B = [
  "vane",
  "brook",
  "mere",
  "lith",
  "dor",
  "wick",
  "strand",
  "holt",
  "ara",
  "ine",
  "ova",
  "ex",
  "ium",
  "eth",
  "ora",
  "ant",
  "el",
  "oss",
  "ard",
  "ix"
]
const SUFFIX = [
  "Grid",
  "Labs",
  "Robotics",
  "Energy",
  "Foods",
  "Health",
  "Mobility",
  "Materials",
  "Analytics",
  "Freight"
]
const INDUSTRY: Record<string, { what: string; units: string; unitsAlt: string }> = {
  Grid: { what: "battery storage", units: "storage sites", unitsAlt: "sites" },
  Labs: { what: "drug discovery", units: "laboratories", unitsAlt: "laboratories" },
  Robotics: { what: "warehouse robotics", units: "warehouses", unitsAlt: "warehouses" },
  Energy: { what: "solar power", units: "solar farms", unitsAlt: "farms" },
  Foods: { what: "plant-based food", units: "stores", unitsAlt: "stores" },
  Health: { what: "home care", units: "clinics", unitsAlt: "clinics" },
  Mobility: { what: "electric scooter", units: "cities", unitsAlt: "cities" },
  Materials: { what: "recycled steel", units: "plants", unitsAlt: "plants" },
  Analytics: { what: "weather data", units: "offices", unitsAlt: "offices" },
  Freight: { what: "rail freight", units: "depots", unitsAlt: "depots" }
}
const OUTLET_A = [
  "Northern",
  "Harbour",
  "Valley",
  "Coastal",
  "Metro",
  "Granite",
  "Riverside",
  "Summit",
  "Prairie",
  "Lakeside",
  "Capital",
  "Eastern",
  "Western",
  "Highland",
  "Bay"
]
const OUTLET_B = [
  "Ledger",
  "Dispatch",
  "Wire",
  "Courier",
  "Gazette",
  "Observer",
  "Herald",
  "Review",
  "Post",
  "Journal",
  "Tribune",
  "Desk",
  "Bulletin",
  "Monitor"
]
const FIRST = [
  "Ingrid",
  "Tomas",
  "Amara",
  "Oskar",
  "Leila",
  "Rafael",
  "Mina",
  "Jonas",
  "Priya",
  "Elias",
  "Noor",
  "Viktor",
  "Hana",
  "Luca",
  "Sanne",
  "Idris"
]
const LAST = [
  "Solberg",
  "Varga",
  "Okafor",
  "Lindqvist",
  "Haddad",
  "Moreau",
  "Tanaka",
  "Brandt",
  "Iyer",
  "Castell",
  "Mensah",
  "Novak",
  "Fischer",
  "Quint",
  "Aalto",
  "Reyes"
]
const CITIES = [
  "Oslo",
  "Aberdeen",
  "Lyon",
  "Porto",
  "Gdansk",
  "Tallinn",
  "Leeds",
  "Bilbao",
  "Turin",
  "Ghent",
  "Aarhus",
  "Cork"
]
const INVESTORS = [
  "Fjord Capital",
  "Northsea Ventures",
  "Beacon Partners",
  "Alder Growth",
  "Kestrel Fund",
  "Meridian Capital"
]
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

// Filler is built word by word from small grammars with one word per slot, so
// that unrelated articles share about as few runs of five words as unrelated
// news reports do, and only real copies look like copies.
const F_DET = ["Some", "Many", "Several", "A few", "Most", "Other", "Certain", "Various"]
const F_ADJ = [
  "cautious",
  "regional",
  "smaller",
  "larger",
  "younger",
  "established",
  "foreign",
  "local",
  "private",
  "public",
  "independent",
  "specialist",
  "listed",
  "family-owned",
  "state-backed",
  "rival",
  "leading",
  "struggling",
  "growing",
  "veteran",
  "new",
  "older",
  "mid-sized",
  "overseas",
  "domestic"
]
const F_NOUN = [
  "investors",
  "analysts",
  "customers",
  "suppliers",
  "regulators",
  "lenders",
  "rivals",
  "engineers",
  "officials",
  "economists",
  "landlords",
  "insurers",
  "unions",
  "operators",
  "buyers",
  "critics",
  "partners",
  "consultants",
  "retailers",
  "banks",
  "councils",
  "researchers",
  "founders",
  "brokers",
  "planners"
]
const F_VERB = [
  "expect",
  "doubt",
  "question",
  "welcome",
  "fear",
  "predict",
  "argue",
  "note",
  "warn",
  "suggest",
  "believe",
  "report",
  "estimate",
  "concede",
  "insist"
]
const F_OBJ = [
  "demand",
  "prices",
  "margins",
  "costs",
  "competition",
  "hiring",
  "funding",
  "regulation",
  "consolidation",
  "supply",
  "growth",
  "pressure",
  "uncertainty",
  "investment",
  "capacity",
  "interest",
  "delays",
  "shortages",
  "wages",
  "exports"
]
const F_MODAL = ["will", "could", "may", "might", "should", "would"]
const F_CHANGE = [
  "rise",
  "ease",
  "stall",
  "tighten",
  "recover",
  "shift",
  "slow",
  "climb",
  "fall",
  "soften",
  "harden",
  "stabilise",
  "surge",
  "dip",
  "plateau"
]
const F_PREP = ["over", "before", "after", "during", "through", "beyond", "within", "into"]
const F_THE = ["the", "next", "this", "each"]
const F_PERIOD = [
  "summer",
  "winter",
  "spring",
  "autumn",
  "quarter",
  "season",
  "year",
  "decade",
  "cycle",
  "downturn",
  "recovery",
  "review"
]
const F_SAID = ["said", "noted", "argued", "added", "wrote", "explained"]
const F_ONE = ["a", "one", "another"]
const F_ROLE = [
  "analyst",
  "banker",
  "executive",
  "adviser",
  "trader",
  "economist",
  "consultant",
  "official",
  "investor",
  "planner",
  "broker",
  "engineer"
]
const F_AT = ["at", "from", "in", "near"]

const fillerSentence = (r: Rng): string =>
  `${pick(r, F_DET)} ${pick(r, F_ADJ)} ${pick(r, F_NOUN)} ${pick(r, F_VERB)} that ${pick(r, F_OBJ)} ${pick(r, F_MODAL)} ${pick(r, F_CHANGE)} ${pick(r, F_PREP)} ${pick(r, F_THE)} ${pick(r, F_PERIOD)}, ${pick(r, F_SAID)} ${pick(r, F_ONE)} ${pick(r, F_ADJ)} ${pick(r, F_ROLE)} ${pick(r, F_AT)} ${pick(r, CITIES)}.`

// ---------------------------------------------------------------------------

interface Event {
  company: string
  suffix: string
  city: string
  ceo: string
  investor: string
  round: string
  funding: number // $M
  valuation: number // $M
  founded: number
  employees: number
  sites: number
  revenue: number // $M
  growth: number // %
  date: Date
  quote: string
}

/** Each document's origin, what it copies, and the event it reports (its cluster). */
interface GoldDoc {
  origin: string
  copyOf?: string
  event?: string
}
interface GoldValue {
  value: number
  unit: string
  documents: Array<string>
  sources: number
}
export interface Gold {
  corpus: string
  about: string
  documents: Record<string, GoldDoc>
  conflicts: Array<{ id: string; values: Array<GoldValue> }>
  facts: Array<{ id: string; value: number; unit: string; documents: Array<string>; sources: number; status: string }>
}

const money = (r: Rng, m: number): string => {
  if (m >= 1000) return `$${(m / 1000).toFixed(1)} billion`
  return pick(r, [`$${m} million`, `$${m}m`, `$${m} million`])
}

const iso = (d: Date) => d.toISOString().slice(0, 10)

export const makeEvent = (r: Rng, i: number): Event => {
  const suffix = pick(r, SUFFIX)
  const funding = int(r, 2, 90) * 10
  const multiple = funding * int(r, 5, 12)
  // billions are written with one decimal ("$1.4 billion"), so they are planted that way
  const valuation = multiple >= 1000 ? Math.round(multiple / 100) * 100 : multiple
  // events happen on working days: Monday 5 January 2026 plus whole weeks and a weekday
  // and within one year, so that "last year" means the same year in every article of an event
  const date = new Date(Date.UTC(2026, 0, 5) + (Math.floor((i % 240) / 5) * 7 + (i % 5)) * 86400000)
  return {
    // unique for 3,200,000 events (a million documents make about 220,000): every syllable is kept
    // whole, so no two indices spell the same name (checked for the first 400,000 in the tests)
    company: `${SYL_A[i % 20]}${SYL_B[Math.floor(i / 20) % 20]!}${i >= 400 ? SYL_B[Math.floor(i / 400) % 20]! + SYL_A[Math.floor(i / 8000) % 20]!.toLowerCase() : ""}${i >= 160_000 ? SYL_B[Math.floor(i / 160_000) % 20]! : ""} ${suffix}`,
    suffix,
    city: pick(r, CITIES),
    // a distinct chief executive per company: different people are never one speaker
    ceo: `${FIRST[i % 16]} ${LAST[Math.floor(i / 16) % 16]}${i >= 256 ? `-${SYL_A[Math.floor(i / 256) % 20]}${SYL_B[Math.floor(i / 5120) % 20]}` : ""}${i >= 102_400 ? SYL_A[Math.floor(i / 102_400) % 20]!.toLowerCase() : ""}`,
    investor: pick(r, INVESTORS),
    round: `Series ${pick(r, ["A", "B", "C", "D"])}`,
    funding,
    valuation,
    founded: int(r, 2008, 2022),
    employees: int(r, 8, 90) * 10,
    sites: int(r, 12, 180),
    revenue: int(r, 10, 400),
    growth: int(r, 12, 95),
    date,
    quote: `${pick(r, ["We are building", "We want to build", "Our plan is to build", "We have always wanted to build"])} the ${pick(r, F_ADJ)} ${pick(r, ["backbone", "future", "standard", "benchmark"])} of ${pick(r, ["a cleaner economy", "our industry", "the region", "modern logistics", "everyday life"])} with ${pick(r, F_NOUN)} who ${pick(r, F_VERB)} what we do`
  }
}

/** One article about the event, as an outlet writes it; `wrong` plants a different value for one fact. */
const article = (
  r: Rng,
  e: Event,
  outlet: string,
  wrong: { fact: string; value: number } | null,
  words: number
): { text: string; facts: Record<string, number> } => {
  const ind = INDUSTRY[e.suffix]!
  const v = (fact: string, value: number) => (wrong?.fact === fact ? wrong.value : value)
  const funding = v("funding", e.funding)
  const founded = v("founded", e.founded)
  const growth = v("growth", e.growth)
  const weekday = WEEKDAYS[(e.date.getUTCDay() + 6) % 7] ?? "Monday"
  const facts: Record<string, number> = {
    funding,
    valuation: e.valuation,
    founded,
    employees: e.employees,
    sites: e.sites,
    revenue: e.revenue,
    growth
  }
  const lead = pick(r, [
    `${e.company}, the ${e.city}-based ${ind.what} company, said on ${weekday} it had raised ${money(r, funding)} in a ${e.round} round led by ${e.investor}, valuing the company at ${money(r, e.valuation)}.`,
    `${ind.what[0]!.toUpperCase()}${ind.what.slice(1)} company ${e.company} has closed a ${money(r, funding)} ${e.round}, the company announced on ${weekday}, in a deal that values it at ${money(r, e.valuation)}.`
  ])
  const body1 = pick(r, [
    `The company, founded in ${founded}, now employs about ${e.employees} people and operates ${e.sites} ${ind.units} across the region.`,
    `Founded in ${founded}, ${e.company} has grown to ${e.employees} employees and runs ${e.sites} ${ind.unitsAlt}.`
  ])
  const body2 = pick(r, [
    `Revenue grew ${growth}% last year to $${e.revenue} million, chief executive ${e.ceo} said in an interview.`,
    `Last year the company's revenue rose ${growth}% to $${e.revenue} million, according to figures shared with ${outlet}.`
  ])
  const quote = `"${e.quote}," ${e.ceo} said.`
  const paras = [lead, body1, body2, quote]
  let count = paras.join(" ").split(/\s+/).length
  const filler: Array<string> = []
  while (count < words) {
    const s = fillerSentence(r)
    filler.push(s)
    count += s.split(/\s+/).length
  }
  // filler in paragraphs of three sentences after the facts
  for (let k = 0; k < filler.length; k += 3) paras.push(filler.slice(k, k + 3).join(" "))
  return { text: paras.join("\n\n"), facts }
}

const frontMatter = (outlet: string, title: string, published: string) =>
  `---\noutlet: ${outlet}\ntitle: "${title.replace(/"/g, "'")}"\npublished: ${published}\n---\n`

export const generate = (docs: number, seed: number, out: string): Gold => {
  const r = rng(seed)
  const outlets = OUTLET_A.flatMap((a) => OUTLET_B.map((b) => `${a} ${b}`))
  const gold: Gold = {
    corpus: `generated-${docs}-${seed}`,
    about: "Invented articles written by `pnpm gen:corpus`; every company, person and outlet is fictional.",
    documents: {},
    conflicts: [],
    facts: []
  }
  let written = 0
  let cluster = 0
  const units = (fact: string, e: Event) =>
    fact === "founded"
      ? "year"
      : fact === "growth"
        ? "percent"
        : fact === "employees"
          ? "employees"
          : fact === "sites"
            ? INDUSTRY[e.suffix]!.unitsAlt.split(" ").pop()!
            : "USD"
  const scale = (fact: string, v: number) =>
    fact === "funding" || fact === "valuation" || fact === "revenue" ? v * 1e6 : v
  while (written < docs) {
    const e = makeEvent(r, cluster)
    const dir = join(out, `c${String(Math.floor(cluster / 100)).padStart(4, "0")}`)
    mkdirSync(dir, { recursive: true })
    const size = Math.min(docs - written, int(r, 3, 6))
    const clusterOutlets = [...outlets].sort(() => r() - 0.5).slice(0, size)
    const conflict = size >= 3 && r() < 0.2 ? pick(r, ["funding", "founded", "growth"] as const) : null
    const wrongAt = conflict ? size - 1 : -1
    const statedBy: Record<string, Map<number, Array<{ doc: string; origin: string }>>> = {}
    const note = (doc: string, origin: string, facts: Record<string, number>) => {
      for (const [f, val] of Object.entries(facts)) {
        const m = (statedBy[f] ??= new Map())
        const l = m.get(val) ?? []
        l.push({ doc, origin })
        m.set(val, l)
      }
    }
    let originals = 0
    for (let k = 0; k < size; k++) {
      const outlet = clusterOutlets[k]!
      const id = `c${String(Math.floor(cluster / 100)).padStart(4, "0")}/e${cluster}-${k}`
      // the first article breaks the story; the others follow, copies never before their original
      const published = new Date(e.date.getTime() + (k === 0 ? 0 : int(r, 0, 2)) * 86400000)
      const kind = k > 0 && originals > 0 && r() < 0.25 ? "copy" : k > 0 && r() < 0.15 ? "page" : "original"
      const title = `${e.company} raises money as its ${INDUSTRY[e.suffix]!.what} business grows`
      if (kind === "copy") {
        // a republished copy of the first article, with a credit line
        const first = `e${cluster}-0`
        const src = gold.documents[`c${String(Math.floor(cluster / 100)).padStart(4, "0")}/${first}`]!
        const original = article(rng(seed, cluster, 1), e, src.origin, null, int(rng(seed, cluster, 2), 300, 1500))
        const text = `${original.text}\n\nThis article first appeared in the ${src.origin} and is republished with permission.\n`
        writeFileSync(join(out, `${id}.md`), frontMatter(outlet, title, iso(published)) + text)
        gold.documents[id] = {
          origin: src.origin,
          copyOf: `c${String(Math.floor(cluster / 100)).padStart(4, "0")}/${first}`,
          event: `e${cluster}`
        }
        note(id, src.origin, original.facts)
      } else {
        const words = k === 0 ? int(rng(seed, cluster, 2), 300, 1500) : int(r, 300, 1500)
        const a =
          k === 0
            ? article(rng(seed, cluster, 1), e, outlet, null, words)
            : article(
                r,
                e,
                outlet,
                k === wrongAt && conflict
                  ? {
                      fact: conflict,
                      value:
                        conflict === "founded" ? e.founded - 1 : conflict === "growth" ? e.growth + 11 : e.funding + 30
                    }
                  : null,
                words
              )
        let text = a.text
        if (kind === "page") {
          // an aggregator page: the article, then an unrelated item
          text = `Business\n\n${title}\n\nPublished\n\n${a.text}\n\nContinue Reading\n\nMarkets\n\n${fillerSentence(r)} ${fillerSentence(r)}\n\nSource link\n`
        }
        writeFileSync(join(out, `${id}.md`), frontMatter(outlet, title, iso(published)) + text)
        gold.documents[id] = { origin: outlet, event: `e${cluster}` }
        note(id, outlet, a.facts)
        originals++
      }
      written++
    }
    for (const [fact, byValue] of Object.entries(statedBy)) {
      const values = [...byValue.entries()]
      const entry = (val: number, list: Array<{ doc: string; origin: string }>) => ({
        value: scale(fact, val),
        unit: units(fact, e),
        documents: list.map((x) => x.doc).sort(),
        sources: new Set(list.map((x) => x.origin)).size
      })
      if (values.length > 1)
        gold.conflicts.push({ id: `${e.company} ${fact}`, values: values.map(([val, list]) => entry(val, list)) })
      for (const [val, list] of values) {
        const en = entry(val, list)
        gold.facts.push({
          id: `${e.company} ${fact}`,
          ...en,
          status: values.length > 1 ? "conflict" : en.sources >= 2 ? "corroborated" : "single-source"
        })
      }
    }
    cluster++
  }
  // one line: the gold of a million documents is too long for one string when indented
  writeFileSync(join(out, "..", `${out.split("/").pop()}.gold.json`), `${JSON.stringify(gold)}\n`)
  return gold
}

if (process.argv[1] && /GenCorpus\.js$/.test(process.argv[1])) {
  const args = process.argv.slice(2)
  const arg = (name: string, d: string) => (args.includes(name) ? args[args.indexOf(name) + 1]! : d)
  const docs = Number(arg("--docs", "1000"))
  const seed = Number(arg("--seed", "1"))
  const out = arg("--out", `bench-out/corpus-${docs}`)
  mkdirSync(out, { recursive: true })
  const t0 = Date.now()
  const gold = generate(docs, seed, out)
  console.log(
    `${docs} documents in ${out} (${Object.keys(gold.documents).length} in gold, ${gold.conflicts.length} planted conflicts) in ${((Date.now() - t0) / 1000).toFixed(1)} s; gold beside it`
  )
}
