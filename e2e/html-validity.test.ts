import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { HtmlValidate, type Message } from 'html-validate';

import config from '../html-validate.config.ts';
import { baseUrl } from './browser.ts';
import { fetchHtmlAsBot } from './fetch-html.ts';
import { PUBLIC_ROUTES } from './public-routes.ts';

// The rules, and the reason for each one turned off, are in html-validate.config.ts.
const validator = new HtmlValidate(config);

function describeMessage(message: Message, html: string): string {
  const excerpt = html.slice(message.offset, message.offset + Math.min(message.size, 120));
  return `${message.line}:${message.column} ${message.ruleId}: ${message.message}\n    ${excerpt}`;
}

// Pages whose served HTML is known to fail, with the reason. node:test still runs them and
// reports each as TODO, without failing the run.
const KNOWN_FAILURES = new Map([
  [
    '/publications/no-such-publication',
    // NOTE: Next.js 16.5 responds to notFound() in an on-demand render of a dynamic route with
    // a bare <html id="__next_error__"> shell (no lang, empty body) and renders the not-found
    // page only once JavaScript runs. The status is 404, and with JavaScript the page passes axe.
    'Next.js serves an empty error shell for notFound() in an on-demand render',
  ],
]);

describe('served HTML', () => {
  it('fails for a block element inside a paragraph', async () => {
    const html =
      '<!doctype html><html lang="en"><head><title>Test</title></head>' +
      '<body><main><p><div>Text</div></p></main></body></html>';
    const report = await validator.validateString(html, 'invalid.html');
    assert.equal(report.valid, false);
  });

  for (const route of PUBLIC_ROUTES) {
    it(`is valid at ${route.path}`, { todo: KNOWN_FAILURES.get(route.path) }, async () => {
      const response = await fetchHtmlAsBot(new URL(route.path, baseUrl()));
      assert.equal(response.status, route.status);
      assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
      const html = await response.text();

      const report = await validator.validateString(html, `${route.path}.html`);
      const messages = report.results.flatMap((result) => result.messages);
      assert.deepEqual(
        messages.map((message) => describeMessage(message, html)),
        [],
        `${route.path} has ${messages.length} validation errors`,
      );
    });
  }
});
