// Shows which instances a publish webhook refreshes when two `next start` processes serve one
// build without a shared cache handler. The content comes from a stand-in Content Lake on
// 127.0.0.1 (SANITY_API_HOST), so the site runs in hosted mode with tagged, cached queries and
// nothing leaves the machine. First both instances serve /publications/mesa and the stand-in's
// title changes. Then the webhook goes to instance A only, and afterwards to instance B as well.
// After each step the script prints the <h1> that each instance serves, with its x-nextjs-cache
// and Cache-Control headers.
//
//   npm run bench:revalidation               build into .next-bench-instances, then check
//   BENCH_SKIP_BUILD=1 npm run bench:revalidation
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { encodeSignatureHeader, SIGNATURE_HEADER_NAME } from '@sanity/webhook';

import { FakeContentLake } from '../__tests__/support/fake-content-lake.ts';
import { type StartedServer, startServer } from '../e2e/server.ts';
import { assertBuilt, benchEnvironment, buildSite, root } from './lib/production-build.ts';
import { stopOnExit } from './lib/stop-on-exit.ts';

const DIST_DIR = '.next-bench-instances';
const SECRET = 'bench-webhook-secret';
const PAGE = '/publications/mesa';
const DOCUMENT_ID = 'publication-mesa';
const DATASET = path.join(root, 'sanity', 'dataset', 'production.ndjson');

/** Returns the page's <h1> with the response's cache headers, for the log. */
async function describePage(server: StartedServer): Promise<string> {
  const response = await fetch(`${server.baseUrl}${PAGE}`);
  const html = await response.text();
  if (response.status !== 200) {
    throw new Error(`GET ${PAGE} from ${server.baseUrl} returned ${response.status}.`);
  }
  const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '(no <h1>)';
  const cacheStatus = response.headers.get('x-nextjs-cache') ?? 'none';
  const cacheControl = response.headers.get('cache-control') ?? 'none';
  return `${title}  [x-nextjs-cache: ${cacheStatus}; cache-control: ${cacheControl}]`;
}

async function sendWebhook(server: StartedServer): Promise<void> {
  const body = JSON.stringify({ _type: 'publication', _id: DOCUMENT_ID });
  const response = await fetch(`${server.baseUrl}/api/revalidate`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER_NAME]: await encodeSignatureHeader(body, Date.now(), SECRET),
    },
  });
  if (response.status !== 200) {
    throw new Error(`POST /api/revalidate to ${server.baseUrl} returned ${response.status}.`);
  }
}

async function main(): Promise<void> {
  const lake = new FakeContentLake();
  for (const line of readFileSync(DATASET, 'utf8').split('\n')) {
    if (line.trim()) {
      const document = JSON.parse(line) as { _id: string; _type: string };
      lake.documents.set(document._id, document);
    }
  }
  const apiHost = await lake.start();

  // A project ID selects the hosted source, and SANITY_API_HOST sends every query to the
  // stand-in, at build time and at run time.
  const environment: NodeJS.ProcessEnv = {
    ...benchEnvironment(DIST_DIR),
    NEXT_PUBLIC_SANITY_PROJECT_ID: 'bench-offline',
    NEXT_PUBLIC_SANITY_DATASET: 'production',
    SANITY_API_HOST: apiHost,
    LOCAL_DATASET_PATH: '',
    SANITY_REVALIDATE_SECRET: SECRET,
  };

  const servers: StartedServer[] = [];
  try {
    if (process.env.BENCH_SKIP_BUILD === '1') {
      assertBuilt(DIST_DIR, 'npm run bench:revalidation');
    } else {
      await buildSite(environment);
    }
    for (const name of ['A', 'B']) {
      const server = await startServer(environment);
      stopOnExit(server.pid, `next start ${name}`);
      servers.push(server);
    }
    const [a, b] = servers as [StartedServer, StartedServer];
    // Two requests per instance, because a stale page may be served once while it regenerates.
    const report = async (step: string) => {
      console.log(step);
      for (const [name, server] of [
        ['A', a],
        ['B', b],
      ] as const) {
        console.log(`  ${name}, 1st: ${await describePage(server)}`);
        console.log(`  ${name}, 2nd: ${await describePage(server)}`);
      }
    };

    await report('Before the edit:');

    const document = lake.documents.get(DOCUMENT_ID);
    if (!document) throw new Error(`The bundled dataset has no ${DOCUMENT_ID}.`);
    const editedTitle = `Edited at ${new Date().toISOString()}`;
    lake.documents.set(DOCUMENT_ID, { ...document, title: editedTitle });
    console.log(`The stand-in now has the title "${editedTitle}".`);
    await report('After the edit, before any webhook:');

    await sendWebhook(a);
    await report('After the webhook to A:');

    await sendWebhook(b);
    await report('After the webhook to B as well:');
  } finally {
    for (const server of servers) await server.stop();
    await lake.stop();
  }
}

await main();
