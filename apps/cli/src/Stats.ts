/**
 * CORROBORATE_STATS=1: resource use on standard error at exit, with the time
 * and memory at the end of each phase, for the benchmarks.
 */
import { performance } from "node:perf_hooks"

const enabled = process.env["CORROBORATE_STATS"] !== undefined && process.env["CORROBORATE_STATS"] !== ""
const phases: Array<{
  phase: string
  ms: number
  rssMb: number
  heapMb: number
  heapTotalMb: number
  externalMb: number
  peakRssMb: number
}> = []
/** Highest resident size seen since the last phase ended, sampled every 100 ms. */
let peak = 0
if (enabled) setInterval(() => void (peak = Math.max(peak, process.memoryUsage.rss())), 100).unref()

/** Notes the end of a phase (no-op unless CORROBORATE_STATS is set). */
export const markPhase = (phase: string): void => {
  if (!enabled) return
  // with --expose-gc the heap is measured live, without the garbage a lazy collector leaves
  const gc = (globalThis as { gc?: () => void }).gc
  if (typeof gc === "function") gc()
  const m = process.memoryUsage()
  const mb = (n: number) => Math.round(n / 1048576)
  phases.push({
    phase,
    ms: Math.round(performance.now()),
    rssMb: mb(m.rss),
    heapMb: mb(m.heapUsed),
    heapTotalMb: mb(m.heapTotal),
    externalMb: mb(m.external),
    peakRssMb: mb(Math.max(peak, m.rss))
  })
  peak = 0
}

export const reportStatsAtExit = (): void => {
  if (!enabled) return
  process.on("exit", () => {
    const u = process.resourceUsage()
    process.stderr.write(
      `CORROBORATE_STATS ${JSON.stringify({ maxRssKb: u.maxRSS, userMs: Math.round(u.userCPUTime / 1000), systemMs: Math.round(u.systemCPUTime / 1000), phases })}\n`
    )
  })
}
