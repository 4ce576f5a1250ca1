// A 429 that says how long to wait; the error handler sends its message as it is.
export class RateLimited extends Error {
  readonly statusCode = 429;
  constructor(message: string) {
    super(message);
    this.name = "RateLimited";
  }
}
