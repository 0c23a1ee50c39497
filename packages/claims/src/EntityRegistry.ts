/**
 * The names of a story, each under its longest form: "Halcyon" and "Grid" are
 * short forms of "Halcyon Grid", "Trump" of "Donald Trump". The registry keeps
 * each name's type and the title it was introduced with.
 */
import type { EntitySpan, EntityType } from "./Entity.js"

/**
 * The proper leading and trailing runs of a name's words, which a shorter form
 * of the name may be: "Halcyon" and "Grid" of "Halcyon Grid".
 */
export const nameRuns = (name: string): { readonly leading: Array<string>; readonly trailing: Array<string> } => {
  const words = name.split(" ")
  const leading: Array<string> = []
  const trailing: Array<string> = []
  // a short form is a few words of a name: runs of up to MAX_RUN words, so that a "name" of
  // thousands of capitalised words (title-case junk, a hostile document) costs no more than a real one
  for (let i = 1; i < words.length && i <= MAX_RUN; i++) {
    leading.push(words.slice(0, i).join(" "))
    trailing.push(words.slice(words.length - i).join(" "))
  }
  return { leading, trailing }
}

/** The most words of a name a shorter form of it can keep. */
const MAX_RUN = 6

/**
 * Story-level registry of names: resolves short forms to the longest form seen
 * ("Halcyon" -> "Halcyon Grid", "Trump" -> "Donald Trump").
 */
export class EntityRegistry {
  private readonly names = new Map<string, EntityType>()
  private readonly titles = new Map<string, string>()
  /** The longest known name (first seen among equals) that each leading or trailing run of words begins or ends. */
  private readonly longerByPart = new Map<string, { readonly name: string; readonly order: number }>()

  get known(): ReadonlyMap<string, EntityType> {
    return this.names
  }

  add(e: EntitySpan): string {
    const canonical = this.canonical(e.name)
    const prev = this.names.get(canonical)
    if (prev === undefined) this.index(canonical)
    if (prev === undefined || prev === "other") this.names.set(canonical, e.type)
    else if (e.type !== "other") e.type = prev
    if (e.type === "other" && prev !== undefined) e.type = prev
    if (canonical !== e.name) e.type = this.names.get(canonical)!
    if (e.title) this.titles.set(canonical, e.title.toLowerCase())
    return canonical
  }

  private index(name: string): void {
    const order = this.names.size
    const note = (key: string) => {
      const cur = this.longerByPart.get(key)
      if (cur === undefined || name.length > cur.name.length) this.longerByPart.set(key, { name, order })
    }
    const runs = nameRuns(name)
    for (const part of runs.leading) note(`<${part}`)
    for (const part of runs.trailing) note(`>${part}`)
  }

  /** The longest known name of which `name` is the first or last word(s). */
  canonical(name: string): string {
    if (this.names.has(name) && name.includes(" ")) return name
    const a = this.longerByPart.get(`<${name}`)
    const b = this.longerByPart.get(`>${name}`)
    const best =
      a && b
        ? b.name.length > a.name.length || (b.name.length === a.name.length && b.order < a.order)
          ? b
          : a
        : (a ?? b)
    return best && best.name.length > name.length ? best.name : name
  }

  typeOf(name: string): EntityType {
    return this.names.get(this.canonical(name)) ?? "other"
  }

  /** The title a person was introduced with ("police spokesman"), if any. */
  titleOf(name: string): string | null {
    return this.titles.get(this.canonical(name)) ?? null
  }

  /** The person who holds a title ("the Tesla CEO" -> Elon Musk). */
  personWithTitle(title: string): string | null {
    const t = title.toLowerCase()
    let found: string | null = null
    for (const [name, tt] of this.titles) if (tt.includes(t) || t.includes(tt)) found = name
    return found
  }
}
