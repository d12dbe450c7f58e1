/** An error answer of either service; each service renders it in its own format (JSON or XML). */
export class ServiceFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra fields for the error body, e.g. OSS's StringToSign. */
    readonly details: Readonly<Record<string, string>> = {},
    /** The request id the error body gives instead of a fresh one. */
    readonly requestId?: string
  ) {
    super(message)
    this.name = 'ServiceFault'
  }
}
