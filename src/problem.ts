// RFC 9457 problem details: the one error shape of the API. Routes throw Problem; app.onError renders it.
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
    this.name = 'Problem';
  }

  get type(): string {
    return `https://kommunarkiv.se/problems/${this.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
  }

  toJSON() {
    return { type: this.type, title: this.title, status: this.status, detail: this.detail, ...this.extra };
  }
}

export const badRequest = (detail: string, extra?: Record<string, unknown>) => new Problem(400, 'Bad request', detail, extra);
export const notFound = (detail: string) => new Problem(404, 'Not found', detail);
export const unauthorized = (detail: string) => new Problem(401, 'Unauthorized', detail);
