/**
 * What the steps of reading a quantity see: the sentence's tokens, the number
 * read at a token, the mentions found so far, and the way to record one. The
 * scanner is the one reader; the steps (QuantitySteps.ts) and the range reader
 * (Range.ts) are written against this view of it.
 */
import type { Change, Mention, MentionKind, Qualifier } from "./Quantity.js"
import type { Token, TokenView } from "./Tokens.js"

/** A number as read from its tokens: digits, words or both, with a scale. */
export interface NumberRead {
  value: number
  step: number
  /** first and one-past-last token index */
  from: number
  to: number
  scaled: boolean
  words: boolean
  integerDigits: boolean
  raw: string
}

/** What a range reader needs of the quantity read so far. */
export interface RangeStart {
  readonly i: number
  readonly n: NumberRead
  readonly first: Token
  readonly q: { readonly from: number } | null
  readonly qStart: number
  readonly kind: MentionKind
  readonly unit: string | null
  readonly value: number
  readonly step: number
  readonly to: number
  readonly start: number
  readonly modifiers: Array<string>
}

/** A quantity being read: its number, then what each step of reading adds. */
export interface Draft {
  readonly i: number
  readonly n: NumberRead
  readonly first: Token
  start: number
  to: number
  value: number
  step: number
  low: number | null
  high: number | null
  kind: MentionKind
  unit: string | null
  modifiers: Array<string>
  change: Change | null
  role: "value" | "earlier"
  stated: Mention["stated"]
  currency: string | null
  negative: boolean
  /** The currency sign or code before the number, and the token it starts at. */
  cb: { readonly code: string; readonly from: number } | null
  parenthesised: boolean
  qualifier: Qualifier | null
  qualifierText: string | null
  q: { readonly from: number } | null
  /** Where the hedge and the change words are looked for: before the sign or currency. */
  qStart: number
}

/** The quantity after a range was looked for: widened into one (low and high set), or only given the unit its second bound carries. */
export interface RangeRead {
  readonly kind: MentionKind
  readonly unit: string | null
  readonly modifiers: Array<string>
  readonly low: number | null
  readonly high: number | null
  readonly value: number
  readonly step: number
  readonly to: number
  readonly start: number
}

/** A mention to record, from token `from` to token `to`. */
export interface PushInput {
  start: number
  end: number
  kind: MentionKind
  value: number
  low: number | null
  high: number | null
  unit: string | null
  step: number
  to: number
  from: number
  change?: Change | null
  role?: "value" | "earlier"
  earlier?: number | null
  stated?: Mention["stated"]
  modifiers?: Array<string>
  qualifier?: Qualifier | null
  qualifierText?: string | null
  /** `low` and `high` are a range the text states, not the hedge of one value. */
  range?: boolean
}

export interface Reader extends TokenView {
  readonly mentions: Array<Mention>
  /** The number starting at token i (digits, words, a scale), or null. */
  readNumber(i: number): NumberRead | null
  /** Whether the number at i names something (a model, a route) rather than counts. */
  isIdentifier(i: number, n: NumberRead): boolean
  /** Whether an amount ends at token k. */
  amountEndsAt(k: number): boolean
  /** Records a mention and marks its tokens read; returns the token index after it. */
  push(m: PushInput): number
}
