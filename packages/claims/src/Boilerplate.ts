/**
 * Lines of a scraped page that are not the article: player and transcript
 * controls, newsletter and cookie prompts, links to other stories, photo
 * captions and credits, share buttons, and lists of related headlines.
 *
 * Text and Markdown inputs carry no markup to tell them apart, so this works
 * on lines, the way line-level boilerplate removal does: what a line says, how
 * it ends, and whether it stands in a run of headline-like lines. (HTML inputs
 * are cut down to their article by Readability before they get here.)
 */

/** Lines that are page furniture whatever their length. */
const FURNITURE: ReadonlyArray<RegExp> = [
  /\b(?:hide|show) transcript\b/i,
  /\bskip in \d+\b|^close\b(?!\s+to\b)/i,
  /\b(?:sign up|subscribe|register) (?:for|to) (?:one of )?(?:our|the|free|daily|weekly)\b|\bnewsletter\b[\s\S]{0,200}?\b(?:sign up|subscribe|inbox)\b/i,
  /\b(?:we use cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences))\b/i,
  /^(?:click here|tap here)\b|\bclick here to (?:read|see|watch|view|subscribe|download)\b/i,
  /^(?:related|recommended|more from|more on|read more|read also|see also|also read|watch|video|photos?|gallery|listen|trending|popular|most read|top stories|latest|editor's picks)\s*[:|>\u2014-]/i,
  /^(?:share|tweet|email|print|comments?|facebook|twitter|linkedin|pinterest|whatsapp|reddit)(?:\s+(?:this|on|via|story|article))*\s*$/i,
  /^(?:advertisement|sponsored content|loading\.*|play video|watch video|now playing|up next|next up)\s*$/i,
  /\b(?:report a typo|report an error|send us a tip|story continues below|continue reading below)\b/i,
  // account and player prompts of news sites
  /\b(?:enable|turn on) javascript\b|\byour browser (?:does not|doesn't) support\b/i,
  /\b(?:notification|preferences?|settings?) (?:has|have) been saved\b|\bproblem saving your\b|\bposts? new content\b/i,
  /\b(?:verification email|verify your (?:email|account)|activate your (?:profile|account)|check your (?:email|inbox|spam|junk)|(?:spam|junk) folder)\b|^just one more thing\b/i,
  /\b(?:get )?email notifications? (?:on\b|(?:are|is) only sent\b)|\bnew matching items\b/i,
  /^(?:you are the owner of this article|thank you for (?:registering|signing up|subscribing)|welcome back\b.{0,20}\bsign in\b|sign in (?:using|with)\b|already (?:a subscriber|have an account|registered)\b|why are we asking\b)|\bsign in to (?:update|manage|access) your\b|\b(?:set up|create) your account\b|\bhaven't selected any newsletters\b/i,
  // app and platform prompts: "Get our app for iPhone | iPad", template fields such as "{* signInBox *}"
  /\b(?:iphone|ipad)\s*\|\s*[a-z]+\b|\bon your desktop\s*\|\s*on your mobile\b|\brequires javascript\b|\{\*[^{}]{0,80}\*\}/i,
  /\btweet with a location\b|^add a location to your tweets$|\bhas verified that the funds\b|^what does verified mean\??$/i,
  // the writer's note at an article's foot: "Dana Reyes is a staff writer for the Gazette. Reach her at ..."
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\s+(?:[\p{L}'’.-]+\s+){0,6}?(?:staff\s+)?(?:writers?|reporters?|correspondent|editor|columnist|photographer|photojournalist|contributor|intern|producer)\b[^.!?]{0,80}[.!?]?(?:\s+(?:Reach|Contact|Email|E-mail|Call|Follow)\b.*)?$/u,
  // the writer's contact line: "Marit Oyelaran: (555) 201-4417", "Marit Oyelaran, marit.o@gazette.example"
  // (single spaces: lines are trimmed, and runs of spaces around an optional colon would backtrack)
  /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3}(?:[:,] ?| )(?:(?:\(\d{3}\) ?|\d{3}[-. ])\d{3}[-. ]\d{4}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/u,
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+works\s+(?:on|for|at)\s+the\s+[^.!?]{0,60}\b(?:[Dd]esk|[Tt]eam)\b/u,
  // a caption with its credit and the page's buttons: "... (Photo: Dana Reyes/The Gazette)Buy Photo", "... View Full Caption"
  /\bBuy Photo\s*$|\bView Full Caption\b/,
  // a caption that closes on its photographer and outlet: "... near the scene on Friday. | Dana Reyes/Sun-Gazette"
  /\| ?\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){1,3} ?\/ ?\p{Lu}[\p{L}.&]*(?:[ -]\p{Lu}[\p{L}.&]*){0,3} ?$/u
]

const TERMINAL = /[.!?:;"'\u201d\u2019)\]\u2026]$/
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length

/** A photo caption or credit: no sentence end, and a credit in brackets at its end ("(Sheriff's Office)"). */
const isCaption = (line: string): boolean => {
  const credit = /\(([^()]{3,80})\)\s*$/.exec(line)
  if (!credit || /[.!?]["')\]]?\s+\p{Lu}/u.test(line) || /[.!?]\s*\([^()]*\)\s*$/.test(line) || words(line) > 40)
    return false
  // the bracket names who made or gave the picture: a credit word, or a name in title case
  const inner = credit[1]!
  return (
    /\b(?:photo|image|courtesy|credit|file|getty|ap|reuters|afp|staff|via|handout|provided|submitted|office|department|police|sheriff)\b/i.test(
      inner
    ) || inner.split(/\s+/).every((w) => /^(?:\p{Lu}|of$|the$|and$|&$|for$)/u.test(w))
  )
}

/** A line that reads as a headline: no end punctuation, a handful of words. */
const headlineLike = (line: string): boolean => !TERMINAL.test(line) && words(line) >= 4 && words(line) <= 25

/** Indexes of the boilerplate lines among `lines` (blank lines are never boilerplate). */
export const boilerplateLines = (lines: ReadonlyArray<string>): Set<number> => {
  const out = new Set<number>()
  const seen = new Set<string>()
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim()
    if (t === "") continue
    if (FURNITURE.some((re) => re.test(t)) || isCaption(t)) out.add(i)
    // a clip's running time alone on a line ("1:24"): a video widget, with the clip's title before it
    if (/^\d{1,2}(?::\d\d){1,2}$/.test(t)) {
      out.add(i)
      let k = i - 1
      while (k >= 0 && lines[k]!.trim() === "") k--
      if (k >= 0 && !TERMINAL.test(lines[k]!.trim())) out.add(k)
    }
    // a line the page repeats word for word (menus, pull quotes, a duplicated lead) is read once
    const key = t.toLowerCase()
    if (t.length >= 20 && seen.has(key)) out.add(i)
    seen.add(key)
  }
  // runs of three or more headline-like lines: lists of other stories
  let run: Array<number> = []
  const flush = () => {
    if (run.length >= 3) for (const i of run) out.add(i)
    run = []
  }
  // the first line is the page's own headline, never part of a list
  const first = lines.findIndex((l) => l.trim() !== "")
  for (let i = first + 1; i < lines.length; i++) {
    const t = lines[i]!.trim()
    if (t === "") continue
    if (headlineLike(t) && !out.has(i)) run.push(i)
    else flush()
  }
  flush()
  return out
}
