/**
 * The currency named around a number: a sign or code before it ("$", "US$",
 * "$US", "C$", "€", "USD", "RM"), a code or name after it ("40 dollars",
 * "420 million markka", "75 USD million"), and whether a stretch of a
 * sentence speaks of money at all (which makes "pounds" sterling).
 */
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES } from "./Unit.js"
import type { TokenView } from "./Tokens.js"
import { SPACED_SCALE } from "./NumberWords.js"

/** Currency names by their first word, longest first. */
const CURRENCY_BY_FIRST = new Map<string, Array<readonly [string, string, ReadonlyArray<string>]>>()
for (const [name, code] of CURRENCY_WORDS) {
  const parts = name.split(" ")
  const list = CURRENCY_BY_FIRST.get(parts[0]!.replace(/\.$/, "")) ?? []
  list.push([name, code, parts])
  CURRENCY_BY_FIRST.set(parts[0]!.replace(/\.$/, ""), list)
}

/** Lower-case codes accepted next to a number ("20 usd", "rmb 10"); rarer codes must be upper case. */
const COMMON_CODES = new Set([
  "usd",
  "eur",
  "gbp",
  "jpy",
  "cny",
  "rmb",
  "inr",
  "cad",
  "aud",
  "chf",
  "hkd",
  "sgd",
  "nzd",
  "sek",
  "nok",
  "dkk",
  "krw",
  "rub",
  "brl",
  "mxn",
  "btc"
])

/** A currency code, with a million/thousand prefix ("MUSD", "kEUR"). */
/** CJK currency characters, written after the amount: "100元", "500円", "1000원". */
const CJK_CURRENCY: Record<string, string> = { 元: "CNY", 圓: "CNY", 円: "JPY", 원: "KRW" }

export const codeOf = (w: string): { code: string; factor: number } | null => {
  const cjk = CJK_CURRENCY[w]
  if (cjk !== undefined) return { code: cjk, factor: 1 }
  const norm = (c: string) => (c === "RMB" ? "CNY" : c)
  if (CURRENCY_CODES.has(w) && w === w.toUpperCase() && w.length === 3) return { code: norm(w), factor: 1 }
  if (COMMON_CODES.has(w)) return { code: norm(w.toUpperCase()), factor: 1 }
  const m = /^([MkK])([A-Z]{3})$/.exec(w)
  if (m && CURRENCY_CODES.has(m[2]!)) return { code: norm(m[2]!), factor: m[1] === "M" ? 1e6 : 1e3 }
  return null
}

/** A currency code or word right after a scale suffix ("30 MUSD" is read elsewhere; "5m euros"). */
export const currencyAfterScale = (v: TokenView, j: number): boolean => {
  const t = v.t(j)
  if (!t) return false
  if (t.type === "word" && CURRENCY_CODES.has(t.text.toUpperCase()) && t.text.length === 3) return true
  return CURRENCY_WORDS.some(([w]) => w.split(" ")[0] === t.lower)
}

export const currencyBefore = (v: TokenView, i: number): { code: string; from: number } | null => {
  // "$", "US$", "C$", "c $", "mxn$", "€", "USD", "usd", "dollar" right before the number
  const p1 = v.t(i - 1)
  if (!p1) return null
  if (p1.type === "sym") {
    const p2 = v.t(i - 2)
    if (
      p1.text === "$" &&
      p2 &&
      p2.type === "word" &&
      (!p1.space || p2.text.length <= 3) &&
      DOLLAR_PREFIXES[p2.lower.replace(/\./g, "")] !== undefined &&
      // one-letter prefixes as written in news, upper case and glued (C$, A$, S$; never "a $150"), and the
      // "c $" of wire copy for the CAD, since "c" alone is no word
      (p2.text.length > 1 ? true : (/^[A-Z]$/.test(p2.text) && !p1.space) || p2.lower === "c")
    ) {
      return { code: DOLLAR_PREFIXES[p2.lower.replace(/\./g, "")]!, from: i - 2 }
    }
    // wire copy writes the yen sign as "Y=": "Y=590 billion"
    if (p1.text === "=" && p2?.text === "Y" && !p1.space && v.glued(i)) return { code: "JPY", from: i - 2 }
    const hit = CURRENCY_SYMBOLS.find(([sym]) => sym === p1.text)
    return hit ? { code: hit[1], from: i - 1 } : null
  }
  if (p1.type === "word") {
    const code = codeOf(p1.text)
    // ("10 rmb 20 usd": a code after an amount is that amount's, unless that amount has its own before it: "rmb 10 usd 20")
    if (code && (v.t(i - 2)?.type !== "num" || currencyBefore(v, i - 2) !== null))
      return { code: code.code, from: i - 1 }
    // the country after the sign, as some papers write it: "$US55,931,000", "$A82.6 million"
    const sign = v.t(i - 2)
    if (
      sign?.text === "$" &&
      !p1.space &&
      !v.t(i)!.space &&
      /^[A-Z]{1,3}$/.test(p1.text) &&
      DOLLAR_PREFIXES[p1.lower] !== undefined
    )
      return { code: DOLLAR_PREFIXES[p1.lower]!, from: i - 2 }
    // the pound sign as some scrapes transliterate it: "PS2.7m", "PS21,700"
    // (a console, "PS5", is no money: a price shows decimals, thousands, a scale or words of money)
    if (
      p1.text === "PS" &&
      !v.t(i)!.space &&
      (/[.,]/.test(v.t(i)!.text) ||
        /^(m|bn|k|million|billion)$/i.test(v.lw(i + 1)) ||
        (v.t(i)!.text.length > 1 && moneyContext(v, i)))
    )
      return { code: "GBP", from: i - 1 }
    // the ringgit's "RM23.50"
    if (p1.text === "RM" && !v.t(i)!.space) return { code: "MYR", from: i - 1 }
    // ("50 dollar 40 rmb": the word is the first amount's)
    if ((p1.lower === "dollar" || p1.lower === "euro") && v.t(i)?.type === "num" && v.t(i - 2)?.type !== "num")
      return { code: p1.lower === "dollar" ? "USD" : "EUR", from: i - 1 }
  }
  return null
}

/** Currency named after the number: "40 dollars", "420 million finnish markka", "40 EUR". */
export const currencyAfter = (
  v: TokenView,
  j: number,
  hasScale: boolean
): { code: string; factor: number; to: number } | null => {
  const t = v.t(j)
  if (!t) return null
  // the currency hyphened to the amount as an adjective: "a 5-dollar bill", "a one-yen bid"
  if (t.text === "-" && v.glued(j) && v.glued(j + 1) && v.t(j + 1)?.type === "word") {
    const hyphened = currencyAfter(v, j + 1, hasScale)
    if (hyphened !== null && v.t(j + 1)!.lower !== "p") return hyphened
  }
  if (t.type === "word") {
    const code = codeOf(t.text)
    if (code) {
      // "75 USD million": a scale after the code
      const sc = v.t(j + 1)
      if (sc && sc.type === "word" && sc.lower in SPACED_SCALE && sc.lower.length > 1 && !hasScale)
        return { code: code.code, factor: code.factor * SPACED_SCALE[sc.lower]!, to: j + 2 }
      return { code: code.code, factor: code.factor, to: j + 1 }
    }
  }
  if (t.type === "sym") {
    const hit = CURRENCY_SYMBOLS.find(([sym]) => sym === t.text && sym.length === 1)
    // "10 €", "100₾", "10 $" (a dollar sign after the number, then no digit)
    if (hit && (v.t(j + 1)?.type !== "num" || v.t(j + 1)!.space)) return { code: hit[1], factor: 1, to: j + 1 }
  }
  // pence glued to the number in market reports: "down 4p at 118.5p" (never "1080p" video)
  if (
    t.text === "p" &&
    v.t(j + 1)?.type !== "num" &&
    (SHARE_CONTEXT.test(
      v.tokens
        // a market report names its shares once and lists many prices after: "fallers were X, down 68 p at 1112 p, Y, ..."
        .slice(Math.max(0, j - 30), j + 6)
        .map((x) => x.lower)
        .join(" ")
    ) ||
      (v.glued(j) && moneyContext(v, j)))
  ) {
    return { code: "GBP", factor: 0.01, to: j + 1 }
  }
  // the kuna's "kn" where money is spoken of ("the ticket cost me 150 kn"); elsewhere it is knots
  if (t.text === "kn" && v.t(j + 1)?.type !== "num" && moneyContext(v, j)) return { code: "HRK", factor: 1, to: j + 1 }
  for (const [name, codeSpec, parts] of CURRENCY_BY_FIRST.get(t.lower.replace(/\.$/, "")) ?? []) {
    let ok = true
    for (let k = 0; k < parts.length; k++) {
      const w = v.t(j + k)
      if (!w || (w.lower.replace(/\.$/, "") !== parts[k]!.replace(/\.$/, "") && w.lower !== parts[k])) {
        ok = false
        break
      }
    }
    if (!ok) continue
    const [code, f] = codeSpec.split(":")
    // the ringgit's "sen" only in lower case ("Sen." is a senator)
    if (name === "sen" && t.text !== "sen") continue
    // "pounds" is weight unless the context is money.
    if (code === "GBP" && (name === "pounds" || name === "pound") && !hasScale && !moneyContext(v, j)) return null
    if (code === "KRW" && !hasScale) return null
    if (code === "BRL" && name === "real") return null
    return { code: code!, factor: f ? Number(f) : 1, to: j + parts.length }
  }
  return null
}

/** Words of a market report, where a glued "p" is pence. */
const SHARE_CONTEXT = /\b(?:shares?|stock|pence|ftse|trading|traded|target|fallers|risers|dividend|\d+p)\b/

export const moneyContext = (v: TokenView, j: number): boolean => {
  const window = v.tokens.slice(Math.max(0, j - 8), j + 4).map((t) => t.lower)
  return window.some((w) =>
    /^(spent|spend|spends|paid|pay|pays|cost|costs|worth|price|priced|fine|fined|raised|raise|salary|earn|earned|earns|revenue|sales|profit|loss|budget|fund|funding|invest|invested|investment|sterling|bought|sold|sell|charge|charged|fee|fees|wage|wages|bonus|tax|debt|loan|deal|bid|offer)$/.test(
      w
    )
  )
}
