/** Test helper: a story's event keys, with defaults for what a test does not set. */
import type { StoryEventKeys } from "../src/EventEvidence.js"

export const story = (document: string, over: Partial<StoryEventKeys>): StoryEventKeys => ({
  document,
  story: 0,
  published: "2021-03-08",
  outlet: `outlet-${document}`,
  kind: "shooting",
  place: null,
  date: null,
  label: "shooting",
  names: [],
  terms: [],
  copyOf: null,
  ...over
})
