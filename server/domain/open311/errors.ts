/** An Open311 error: the spec's HTTP status and a description for the error list. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 422 | 429,
    readonly description: string,
  ) {
    super(description);
    this.name = "Open311Error";
  }
}
