import { describe, expect, it } from "vitest"
import { boilerplateLines } from "../src/Boilerplate.js"
import { splitStories } from "../src/Story.js"

const dropped = (lines: ReadonlyArray<string>) =>
  [...boilerplateLines(lines)].sort((a, b) => a - b).map((i) => lines[i])

describe("boilerplate lines", () => {
  it("drops player and transcript controls, prompts and share buttons", () => {
    const lines = [
      "Harbour ferry strikes pier in fog",
      "Hide Transcript Show Transcript",
      "CLOSE Skip in 5",
      "Sign up for our daily newsletter and get the news in your inbox.",
      "The ferry was carrying 48 passengers when it struck the pier on Tuesday.",
      "Share this story",
      "Click here to read the first report on the crash."
    ]
    expect(dropped(lines)).toEqual([lines[1], lines[2], lines[3], lines[5], lines[6]])
  })

  it("drops account and player prompts of news sites but keeps sentences about email and video", () => {
    const lines = [
      "Two hurt as bus leaves road near quarry",
      "Please enable JavaScript to play this clip",
      "Your notification has been saved.",
      "Whenever our reporter posts new content, you will get an email in your inbox.",
      "We have sent you a verification email. Check your spam folder if it has not arrived.",
      "The driver told police he had read an email from his dispatcher moments before the crash.",
      "A video taken by a passenger shows the bus tipping onto its side."
    ]
    expect(dropped(lines)).toEqual([lines[1], lines[2], lines[3], lines[4]])
  })

  it("drops the account, app and platform prompts a stub page is made of, so two stubs never read as one story", () => {
    const lines = [
      "Barge operator fined over pier collision",
      "You are the owner of this article.",
      "Email notifications are only sent when a writer you follow files a story.",
      "Thank you for registering!",
      "Welcome back. Please sign in",
      "Already a subscriber?",
      "Press the button to set up your account and keep reading.",
      "Sign in with your reader account: {* signInBox *}",
      "Get the Kelpline app for iPhone | iPad",
      "This gallery requires JavaScript.",
      "Add a location to your Tweets",
      "The operator said it had already sent email notifications to every season-ticket holder.",
      "Harbour pilots thank the crew",
      "1:24"
    ]
    expect(dropped(lines)).toEqual([...lines.slice(1, 11), lines[12], lines[13]])
  })

  it("drops a photo credit line but keeps a headline with an aside in brackets", () => {
    expect(dropped(["Title line", "Dana Whitlock (Millbrook County Sheriff's Office)"])).toEqual([
      "Dana Whitlock (Millbrook County Sheriff's Office)"
    ])
    expect(dropped(["Why the port gave in on the same day (it is not just the weather)"])).toEqual([])
  })

  it("drops a list of other stories' headlines but never the page's own first line", () => {
    const lines = [
      "Harbour ferry strikes pier in fog, two hurt",
      "",
      "Council votes to raise parking fees across the old town",
      "Local bakery wins a national prize for its rye loaf",
      "Storm warning issued for the coast this weekend",
      "",
      "Two people were hurt when a ferry struck the north pier on Tuesday."
    ]
    expect(dropped(lines)).toEqual([lines[2], lines[3], lines[4]])
  })

  it("drops the writer's note at the foot and captions with their buttons, whose names are not the story's", () => {
    const lines = [
      "Two hurt as ferry strikes north pier",
      "Two people were hurt when a ferry struck the north pier on Tuesday.",
      "Harbour master Tobias Renn said the fog was the thickest in years. (Photo: Dana Reyes/The Gazette)Buy Photo",
      "Passengers wait on the quay after the crash. View Full Caption Gazette/Arlo Quist",
      "Arlo Quist is a staff writer for the Harbour Gazette. Reach him at 555-0100.",
      "Dana Reyes works on the Breaking News Desk.",
      "Mina Holt is a reporter who was on the ferry when it struck the pier, and she helped two passengers ashore.",
      "Divers search the water beside the north pier on Tuesday. | Arlo Quist/Harbour Gazette",
      "The ferry line said fares are 4 | 5 dollars | Adults/Children",
      "Arlo Quist: (555) 201-4417",
      "Mina Holt, mina.holt@gazette.example",
      // a tip line in a sentence stays: it is the story's
      "Anyone who saw the crash can call Harbour Police at (555) 201-4400."
    ]
    expect(dropped(lines)).toEqual([lines[2], lines[3], lines[4], lines[5], lines[7], lines[9], lines[10]])
  })

  it("reads a repeated paragraph once", () => {
    const lead = "Two people were hurt when a ferry struck the north pier on Tuesday."
    expect(dropped([lead, "", lead])).toEqual([lead])
  })

  it("keeps the article's stories free of what it dropped", () => {
    const text =
      "Harbour ferry strikes pier\n\nHide Transcript Show Transcript\n\nTwo people were hurt when a ferry struck the north pier on Tuesday.\n"
    const [story] = splitStories(text)
    expect(story!.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      "Two people were hurt when a ferry struck the north pier on Tuesday."
    ])
  })
})
