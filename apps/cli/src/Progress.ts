/**
 * A progress bar on standard error, only on a terminal: nothing of it in CI
 * (CI=true) or when the output is piped.
 */
export class Progress {
  private readonly enabled: boolean
  private last = 0

  constructor(private readonly stream: NodeJS.WriteStream) {
    this.enabled = stream.isTTY === true && !process.env["CI"]
  }

  update(stage: string, done: number, total: number) {
    if (!this.enabled) return
    const now = Date.now()
    if (done < total && now - this.last < 100) return
    this.last = now
    const width = 30
    const filled = total > 0 ? Math.round((done / total) * width) : width
    this.stream.write(`\r${stage.padEnd(10)} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total}`)
  }

  done() {
    if (this.enabled) this.stream.write("\r\u001b[K")
  }
}
