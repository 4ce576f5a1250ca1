// A 413 that says what is too large and by how much; the error handler sends its message.
export class TooLarge extends Error {
  readonly statusCode = 413;
  constructor(message: string) {
    super(message);
    this.name = "TooLarge";
  }
}
