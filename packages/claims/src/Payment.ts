/**
 * Money that is one part of a payment or a price per thing, read after a
 * claim is made from the words around its amount: "$60 in cash" is a part of
 * an offer, never set against the whole; "$12 a share" is an amount in its
 * currency whose property says what it is paid for ("offer per share"), so it
 * meets other per-share figures and never a deal's total.
 */
import type { RawClaim } from "./Claim.js"
import { unitBySymbol } from "./Unit.js"
import { singular } from "./Lemma.js"

/** What a part of a payment is made in, right after the amount: "in cash", "in Corvane stock", "in shares". */
const PAID_IN =
  /^(?:\s+(?:a|per)\s+share)?\s+in\s+(?:[\p{Lu}][\p{L}.&-]*\s+){0,2}(cash|stock|shares|equity|debt|bonds)\b/u

/** The same said before the amount: "the cash portion of", "the portion of the offer in cash was ... $60". */
const PART_PAID_IN =
  /\b(?:(cash|stock|equity)\s+(?:portion|part|component|element)|(?:portion|part|component)\s+of\s+the\s+\w+\s+(?:paid\s+)?in\s+(cash|stock|shares|equity))\b[^.;]*$/i

/** "$60 in cash and $22 in stock": parts of what is paid. */
const paidInPart = (c: RawClaim): RawClaim => {
  const text = c.sentence.text
  const from = c.start - c.sentence.start
  const to = c.end - c.sentence.start
  const paidIn = PAID_IN.exec(text.slice(to, to + 40)) ?? PART_PAID_IN.exec(text.slice(Math.max(0, from - 80), from))
  return paidIn ? { ...c, scope: "part", counted: (paidIn[1] ?? paidIn[2]!).toLowerCase() } : c
}

/** A rate unit "USD/share" becomes USD, with "per share" in the property. */
const perUnitPrice = (c: RawClaim): RawClaim => {
  const rate = c.unit === null ? null : /^([A-Z]{3})\/(.+)$/.exec(c.unit)
  if (rate === null) return c
  const per = `per ${unitBySymbol(rate[2]!) ? rate[2] : singular(rate[2]!)}`
  return { ...c, unit: rate[1]!, metric: c.metric.endsWith(per) ? c.metric : `${c.metric} ${per}` }
}

/** A money claim as a part of a payment and as a price per thing, where its words say so. */
export const refinePayment = (c: RawClaim): RawClaim => (c.kind === "money" ? perUnitPrice(paidInPart(c)) : c)
