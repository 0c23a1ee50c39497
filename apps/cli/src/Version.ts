/** The version the CLI reports, and the SARIF log's tool. */
export const VERSION = "0.1.0"
