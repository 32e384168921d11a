/** @jest-environment node */
import { nginxConfig } from '../../bench/lib/nginx-config';

describe('nginxConfig', () => {
  const config = nginxConfig('/tmp/bench-serve-x/nginx', '/tmp/bench-serve-x/html', 41234);

  test('runs in the foreground', () => {
    expect(config).toMatch(/^daemon off;$/m);
  });

  test('listens on loopback only', () => {
    expect(config.match(/^\s*listen .*$/gm)).toEqual(['    listen 127.0.0.1:41234;']);
  });

  test('keeps every written path inside its directory', () => {
    const writtenPaths = [
      ...config.matchAll(/^\s*(?:pid|error_log|\w+_temp_path) (\S+?)[;\s]/gm),
    ].map((match) => match[1]);

    expect(writtenPaths).toEqual([
      '/tmp/bench-serve-x/nginx/nginx.pid',
      '/tmp/bench-serve-x/nginx/error.log',
      '/tmp/bench-serve-x/nginx/client_body',
      '/tmp/bench-serve-x/nginx/proxy',
      '/tmp/bench-serve-x/nginx/fastcgi',
      '/tmp/bench-serve-x/nginx/uwsgi',
      '/tmp/bench-serve-x/nginx/scgi',
    ]);
  });

  test('serves the saved pages with gzip on', () => {
    expect(config).toContain('root /tmp/bench-serve-x/html;');
    expect(config).toContain('try_files $uri $uri.html $uri/index.html =404;');
    expect(config).toMatch(/^\s*gzip on;$/m);
  });
});
