import { describe, expect, it } from "vitest"
import { groupEvents } from "../src/EventGroup.js"
import { story } from "./EventStories.js"

/** A larger background, as a day's or a month's news is: a name in four stories of it is rare. */
const manyFiller = Array.from({ length: 400 }, (_, i) =>
  story(`y${i}`, { names: [`p:someone ${i}`, "n:police department"], published: `2021-0${1 + (i % 9)}-1${i % 10}` })
)
/** Background stories so that document frequencies mean something. */
const filler = Array.from({ length: 40 }, (_, i) =>
  story(`z${i}`, { names: [`p:someone ${i}`, "n:police department"] })
)

describe("events across documents", () => {
  it("groups two outlets' reports that share the people involved, and keeps a third apart", () => {
    const { events, eventOf } = groupEvents([
      story("a", { names: ["p:dana whitlock", "p:ray osei", "n:millbrook"], place: "Millbrook", date: "2021-03-06" }),
      story("b", { names: ["p:dana whitlock", "p:ray osei"], place: "Millbrook", date: "2021-03-06" }),
      story("c", { names: ["p:tomas reyes"], place: "Harbourton", date: "2021-03-06" }),
      ...filler
    ])
    expect(eventOf.get("a\u00000")!.id).toBe(eventOf.get("b\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).not.toBe(eventOf.get("a\u00000")!.id)
    expect(eventOf.get("a\u00000")!.label).toBe("shooting, Millbrook, 2021-03-06")
    expect(events.length).toBe(42)
  })

  it("does not join stories on a name every report carries", () => {
    const { eventOf } = groupEvents([
      story("a", { names: ["n:police department"] }),
      story("b", { names: ["n:police department"] }),
      ...filler
    ])
    expect(eventOf.get("a\u00000")!.id).not.toBe(eventOf.get("b\u00000")!.id)
  })

  it("keeps apart stories whose stated days disagree unless people's names tie them", () => {
    const { eventOf } = groupEvents([
      story("a", { names: ["n:harbour road", "n:kiln lane", "t:whitlock"], date: "2021-03-06" }),
      story("b", {
        names: ["n:harbour road", "n:kiln lane", "t:whitlock"],
        date: "2021-05-20",
        published: "2021-05-21"
      }),
      ...filler
    ])
    expect(eventOf.get("a\u00000")!.id).not.toBe(eventOf.get("b\u00000")!.id)
  })

  it("joins a follow-up that states its own day within a week of the event's, not two weeks after", () => {
    const shared = ["n:harbour road", "n:kiln lane", "n:brandvold park", "t:whitlock", "t:brandvold"]
    const first = story("a", { names: shared, date: "2021-03-06", published: "2021-03-06" })
    const after = (days: number) => {
      const day = `2021-03-${String(6 + days).padStart(2, "0")}`
      const { eventOf } = groupEvents([first, story("b", { names: shared, date: day, published: day }), ...filler])
      return eventOf.get("a\u00000")!.id === eventOf.get("b\u00000")!.id
    }
    // the arrest is stated for its own day, six days after the shooting
    expect(after(6)).toBe(true)
    expect(after(14)).toBe(false)
  })

  it("joins a copy with what it copies, and gives the same events whatever the input order", () => {
    const input = [
      story("a", { names: ["p:dana whitlock"] }),
      story("b", { names: [], copyOf: { document: "a", story: 0 } }),
      ...filler
    ]
    const one = groupEvents(input)
    const two = groupEvents([...input].reverse())
    expect(one.eventOf.get("b\u00000")!.id).toBe(one.eventOf.get("a\u00000")!.id)
    expect(two.events).toEqual(one.events)
  })

  it("groups reports that name no one in common when their days, lead words and tolls agree", () => {
    const lead = ["w:apart", "w:balconi", "w:fireman", "w:ladder", "w:rescu", "w:smoke"]
    const { eventOf } = groupEvents([
      story("a", { kind: "fire", names: ["f:deaths=2", "f:injuries=5"], terms: lead, published: "2021-03-08" }),
      story("b", { kind: "fire", names: ["f:deaths=2", "f:injuries=5"], terms: lead, published: "2021-03-09" }),
      // the same words a month later are another fire
      story("c", { kind: "fire", names: ["f:deaths=2", "f:injuries=5"], terms: lead, published: "2021-04-12" }),
      ...filler
    ])
    expect(eventOf.get("a\u00000")!.id).toBe(eventOf.get("b\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).not.toBe(eventOf.get("a\u00000")!.id)
  })

  it("gives officials and institutions little weight: a police spokesman and a hospital do not make one event", () => {
    const { eventOf } = groupEvents([
      story("a", {
        names: ["o:sgt. lena marsh", "i:st. aldric medical center", "n:kiln lane"],
        published: "2021-03-08"
      }),
      story("b", {
        names: ["o:sgt. lena marsh", "i:st. aldric medical center", "n:orchard row"],
        published: "2021-03-20"
      }),
      ...filler
    ])
    expect(eventOf.get("a\u00000")!.id).not.toBe(eventOf.get("b\u00000")!.id)
  })

  it("does not let one strong link chain two events together", () => {
    // a and b are one event, c and d another; b and c share only a name of the page around them
    const { eventOf } = groupEvents([
      story("a", { names: ["p:dana whitlock", "p:ray osei"] }),
      story("b", { names: ["p:dana whitlock", "p:ray osei", "n:harbourview gazette live", "t:harbourview"] }),
      story("c", { names: ["p:tomas reyes", "p:ines alder", "n:harbourview gazette live", "t:harbourview"] }),
      story("d", { names: ["p:tomas reyes", "p:ines alder"] }),
      ...filler
    ])
    expect(eventOf.get("a\u00000")!.id).toBe(eventOf.get("b\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).toBe(eventOf.get("d\u00000")!.id)
    expect(eventOf.get("b\u00000")!.id).not.toBe(eventOf.get("c\u00000")!.id)
  })

  it("keeps the reports of a big event together when more of them share its name than a window blocks on", () => {
    // a year of other news, one story a day, so that the event's name is distinctive in the corpus
    const year = Array.from({ length: 1200 }, (_, i) =>
      story(`y${i}`, {
        published: new Date(Date.UTC(2020, 0, 1) + (i % 365) * 86_400_000).toISOString().slice(0, 10),
        names: [`p:resident ${i}`],
        terms: [`w:ordinari${i % 50}`]
      })
    )
    const big = Array.from({ length: 20 }, (_, i) =>
      story(`big${i}`, {
        published: `2021-03-0${1 + (i % 3)}`,
        names: ["n:harlow mill"],
        terms: ["w:harlow", "w:mill", "w:collaps", "w:rubbl"]
      })
    )
    const { eventOf } = groupEvents([...big, ...year])
    expect(new Set(big.map((b) => eventOf.get(`${b.document}\u00000`)!.id)).size).toBe(1)
  })

  it("needs less evidence between reports published within two days than between pages further apart", () => {
    // four lead words that few stories hold: more than a near link needs, less than a link at a distance
    const lead = ["hayloft", "trestl", "ferret", "quarri"]
    const other = ["lantern", "orchard", "cistern", "gravel"]
    const { eventOf } = groupEvents([
      story("a", { published: "2021-05-03", terms: lead }),
      story("b", { published: "2021-05-04", terms: lead }),
      // the same evidence three days apart is not enough (c is in an event already, so the two are not lone
      // stories that pair as each other's strongest)
      story("c", { published: "2021-06-10", terms: other, names: ["p:orla brennick", "p:tam vesey"] }),
      story("c2", { published: "2021-06-09", names: ["p:orla brennick", "p:tam vesey"] }),
      story("d", { published: "2021-06-13", terms: other }),
      ...manyFiller
    ])
    expect(eventOf.get("a\u00000")!.id).toBe(eventOf.get("b\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).not.toBe(eventOf.get("d\u00000")!.id)
    // nor between two leads that name no happening, published the same day (e is in an event, so the two
    // are not lone stories that could pair)
    const vague = groupEvents([
      story("e", { kind: "event", published: "2021-05-03", terms: lead, names: ["p:orla brennick", "p:tam vesey"] }),
      story("e2", { kind: "event", published: "2021-05-02", names: ["p:orla brennick", "p:tam vesey"] }),
      story("f", { kind: "event", published: "2021-05-03", terms: lead }),
      ...manyFiller
    ]).eventOf
    expect(vague.get("e\u00000")!.id).not.toBe(vague.get("f\u00000")!.id)
  })

  it("pairs two lone reports of nearby days that are each other's strongest evidence, when both name what happened", () => {
    // two lead words in common: less than any link needs
    const shared = ["quayward", "tarpaulin"]
    const { eventOf } = groupEvents([
      story("a", { published: "2021-05-03", place: "Quarrytown", terms: shared }),
      story("b", { published: "2021-05-04", place: "Vellum Avenue", terms: shared }),
      // two leads that name no happening share only words
      story("c", { kind: "event", published: "2021-07-03", terms: ["gantry", "foundry"] }),
      story("d", { kind: "event", published: "2021-07-04", terms: ["gantry", "foundry"] }),
      ...manyFiller
    ])
    expect(eventOf.get("a\u00000")!.id).toBe(eventOf.get("b\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).not.toBe(eventOf.get("d\u00000")!.id)
  })

  it("reads a place from the lead words of a story that names none, against a nearby story's place", () => {
    const lead = ["teen", "accident", "shoot"]
    const { eventOf } = groupEvents([
      story("a", { place: "Brookhallow", published: "2021-03-08", terms: [...lead, "recov"] }),
      story("b", { place: null, date: "2021-03-08", terms: [...lead, "brookhallow"] }),
      // the same words with no place in common stay apart
      story("c", { place: null, date: "2021-03-08", terms: [...lead, "kelplin"] }),
      // a corpus the size of a few days of local news, so that a place in one story is rare
      ...Array.from({ length: 400 }, (_, i) => story(`y${i}`, { published: "2020-01-01", names: [`p:someone ${i}`] }))
    ])
    expect(eventOf.get("b\u00000")!.id).toBe(eventOf.get("a\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).not.toBe(eventOf.get("a\u00000")!.id)
  })

  it("keeps apart reports of like happenings in places neither names, unless a participant ties them", () => {
    const lead = ["w:birthdai", "w:parti", "w:earli", "w:morn", "w:wound", "w:three"]
    const figures = ["f:deaths=1", "f:injuries=3"]
    const { eventOf } = groupEvents([
      story("a", { place: "Brookhallow", names: figures, terms: lead }),
      story("b", { place: "Kelpline", names: figures, terms: lead }),
      // a neighbourhood of the town, whose report names the town
      story("c", { place: "Harbour Quay", names: [...figures, "t:brookhallow"], terms: lead }),
      ...Array.from({ length: 400 }, (_, i) => story(`y${i}`, { published: "2020-01-01", names: [`p:someone ${i}`] }))
    ])
    expect(eventOf.get("b\u00000")!.id).not.toBe(eventOf.get("a\u00000")!.id)
    expect(eventOf.get("c\u00000")!.id).toBe(eventOf.get("a\u00000")!.id)
  })

  it("joins a report of a crash with one of the shooting that caused it when each lead names the other kind", () => {
    const names = ["p:dana whitlock", "f:age=17"]
    const lead = ["w:girlfriend", "w:hous", "w:teenag", "w:deputi"]
    const { eventOf } = groupEvents([
      story("a", { kind: "shooting", kinds: ["crash", "shooting"], place: "Brookhallow", names, terms: lead }),
      story("b", { kind: "crash", kinds: ["crash", "shooting"], place: "Brookhallow", names, terms: lead }),
      ...filler
    ])
    expect(eventOf.get("b\u00000")!.id).toBe(eventOf.get("a\u00000")!.id)
  })

  it("joins a report of a killing told as a fire with one told as a shooting when both leads name the killing", () => {
    const names = ["p:dana whitlock", "f:age=17"]
    const lead = ["w:girlfriend", "w:hous", "w:teenag", "w:deputi"]
    const { eventOf } = groupEvents([
      story("a", { kind: "fire", kinds: ["fire", "killing"], place: "Brookhallow", names, terms: lead }),
      story("b", { kind: "shooting", kinds: ["killing", "shooting"], place: "Brookhallow", names, terms: lead }),
      ...filler
    ])
    expect(eventOf.get("b\u00000")!.id).toBe(eventOf.get("a\u00000")!.id)
    const { eventOf: apart } = groupEvents([
      story("a", { kind: "fire", kinds: ["fire"], place: "Brookhallow", names, terms: lead }),
      story("b", { kind: "shooting", kinds: ["killing", "shooting"], place: "Brookhallow", names, terms: lead }),
      ...filler
    ])
    expect(apart.get("b\u00000")!.id).not.toBe(apart.get("a\u00000")!.id)
  })

  it("follows a participant from the first report to the arrest, the trial and the sentence months apart", () => {
    const tolland = { names: ["p:ravi anand tolland", "p:ravi tolland", "t:ravi", "t:anand", "t:tolland"] }
    const { eventOf } = groupEvents([
      story("a", { ...tolland, published: "2021-03-08", date: "2021-03-07" }),
      story("b", { ...tolland, kind: "case", published: "2021-05-02" }),
      story("c", { ...tolland, kind: "case", published: "2021-11-19" }),
      story("d", { ...tolland, kind: "case", published: "2022-02-03" }),
      ...manyFiller
    ])
    const first = eventOf.get("a\u00000")!.id
    expect(["b", "c", "d"].map((d) => eventOf.get(`${d}\u00000`)!.id)).toEqual([first, first, first])
  })

  it("does not follow a name that is not a person's across weeks, nor one that is another story's place", () => {
    const sidebar = ["n:tidewell x2", "n:tidewell store", "t:tidewell"]
    const { eventOf } = groupEvents([
      // a product in a page's sidebar, spread thinly over weeks
      story("a", { names: sidebar, published: "2021-01-04" }),
      story("b", { names: sidebar, published: "2021-01-15" }),
      story("c", { names: sidebar, published: "2021-01-27" }),
      // a town read as a person's name in two stories months apart; a third story gives it as its place
      story("d", { names: ["p:port aldous", "t:aldous", "n:aldous quay"], published: "2021-02-01" }),
      story("e", { names: ["p:port aldous", "t:aldous", "n:aldous quay"], published: "2021-09-15" }),
      story("f", { place: "Port Aldous", published: "2021-06-01" }),
      ...manyFiller
    ])
    const id = (d: string) => eventOf.get(`${d}\u00000`)!.id
    expect(new Set([id("a"), id("b"), id("c")]).size).toBe(3)
    expect(id("d")).not.toBe(id("e"))
  })
})
