import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { E2E_ENVIRONMENT } from './environment.ts';
import { type StartedServer, startServer } from './server.ts';

const root = path.resolve(import.meta.dirname, '..');
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

// A build of its own, from a dataset where several documents are broken in the ways an import
// through the API can leave them (see the fixture), into its own folder.
const environment = {
  ...process.env,
  ...E2E_ENVIRONMENT,
  LOCAL_DATASET_PATH: '__tests__/fixtures/broken.ndjson',
  NEXT_DIST_DIR: '.next-broken',
};

let buildOutput = '';
let buildCode: number | null = null;
let server: StartedServer | undefined;

before(async () => {
  buildCode = await new Promise<number | null>((resolve, reject) => {
    const build = spawn(process.execPath, [nextBin, 'build'], {
      cwd: root,
      env: environment,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    build.stdout.on('data', (chunk: Buffer) => (buildOutput += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (buildOutput += chunk.toString()));
    build.on('error', reject);
    build.on('exit', resolve);
  });
  if (buildCode === 0) server = await startServer(environment);
});

after(async () => {
  await server?.stop();
});

async function get(route: string): Promise<{ status: number; html: string }> {
  if (!server) throw new Error(`The build failed:\n${buildOutput}`);
  const response = await fetch(server.baseUrl + route);
  return { status: response.status, html: await response.text() };
}

describe('a build from a dataset with broken documents', () => {
  it('succeeds and names every skipped document in its output', () => {
    assert.equal(buildCode, 0, buildOutput);
    for (const id of [
      'publication-no-slug',
      'publication-no-title',
      'publication-no-year',
      'publication-same-slug-b',
    ]) {
      const mentions = buildOutput.split(`Skipped document ${id}:`).length - 1;
      assert.ok(mentions >= 1, `no warning names ${id}`);
    }
  });

  it('lists the sound publications and renders their pages', async () => {
    const list = await get('/publications');
    assert.equal(list.status, 200);
    for (const title of [
      'A sound publication',
      'Points at a deleted area',
      'First with the slug',
    ]) {
      assert.ok(list.html.includes(title), `the list lacks "${title}"`);
    }
    assert.ok(!list.html.includes('Second with the slug'));

    for (const slug of ['good', 'dangling', 'same-slug', 'markup']) {
      assert.equal((await get(`/publications/${slug}`)).status, 200, slug);
    }
    assert.equal((await get('/publications/no-title')).status, 404);
  });

  it('keeps markup in text inert and unsafe links out', async () => {
    const markup = await get('/publications/markup');
    assert.ok(!markup.html.includes('<img src=x'));
    assert.ok(markup.html.includes('&lt;img src=x onerror=alert(1)&gt; Robust caches'));

    const good = await get('/publications/good');
    // Links only: the site icon in <head> is a data: URL on purpose.
    assert.ok(!/<a\s[^>]*href="(javascript|data):/i.test(good.html));
    assert.ok(good.html.includes('href="https://example.org/talk"'));

    const home = await get('/');
    assert.equal(home.status, 200);
    assert.ok(!home.html.includes('<script>alert(1)</script>'));
  });
});
