/** @jest-environment node */
import { copyFileName } from '../../bench/lib/page-copies';

describe('copyFileName', () => {
  test('home page is index.html', () => {
    expect(copyFileName('/srv/html', '/')).toBe('/srv/html/index.html');
  });

  test('nested path gets .html', () => {
    expect(copyFileName('/srv/html', '/publications/mesa')).toBe(
      '/srv/html/publications/mesa.html',
    );
  });
});
