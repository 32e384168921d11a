import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { evaluate, parse } from 'groq-js';

import type { StoredDocument } from '@/sanity/lib/local-dataset';

/**
 * Behaviour of the stand-in: respond normally, respond 500 to every request, or never respond
 * (the request hangs until the server stops).
 */
export type LakeMode = 'ok' | 'error' | 'hang';

/**
 * A stand-in for the Content Lake's query and mutate endpoints on 127.0.0.1, enough for the seed
 * script and the outage tests: GROQ queries run with groq-js over the stored documents, and
 * `createOrReplace` mutations replace them. `mutationCount` counts the documents written and
 * `queryCount` the queries evaluated.
 */
export class FakeContentLake {
  readonly documents = new Map<string, StoredDocument>();
  mutationCount = 0;
  queryCount = 0;
  mode: LakeMode = 'ok';
  private readonly server: Server;

  constructor() {
    this.server = createServer((request, response) => {
      if (this.mode === 'hang') {
        return;
      }
      if (this.mode === 'error') {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'Internal Server Error', statusCode: 500 }));
        return;
      }
      void this.handle(request.method ?? 'GET', request.url ?? '/', request).then(
        ({ status, body }) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        },
      );
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      // Hanging requests would otherwise keep the server open forever.
      this.server.closeAllConnections();
    });
  }

  private async handle(
    method: string,
    url: string,
    request: AsyncIterable<Buffer>,
  ): Promise<{ status: number; body: unknown }> {
    const { pathname, searchParams } = new URL(url, 'http://127.0.0.1');

    if (method === 'GET' && /\/data\/query\//.test(pathname)) {
      const params: Record<string, unknown> = {};
      for (const [key, value] of searchParams) {
        if (key.startsWith('$')) params[key.slice(1)] = JSON.parse(value);
      }
      this.queryCount += 1;
      // groq-js needs the parameters at parse time for slices such as [0...$limit].
      const result = await evaluate(parse(searchParams.get('query') ?? '', { params }), {
        dataset: [...this.documents.values()],
        params,
      });
      return { status: 200, body: { result: await result.get(), ms: 1 } };
    }

    if (method === 'POST' && /\/data\/mutate\//.test(pathname)) {
      let text = '';
      for await (const chunk of request) text += chunk.toString();
      const { mutations } = JSON.parse(text) as {
        mutations: { createOrReplace?: StoredDocument }[];
      };
      for (const mutation of mutations) {
        if (!mutation.createOrReplace)
          return { status: 400, body: { error: 'unsupported mutation' } };
        this.documents.set(mutation.createOrReplace._id, {
          ...mutation.createOrReplace,
          _rev: 'r',
        });
        this.mutationCount += 1;
      }
      return { status: 200, body: { transactionId: 't', results: [] } };
    }

    return { status: 404, body: { error: `no route for ${method} ${pathname}` } };
  }
}
