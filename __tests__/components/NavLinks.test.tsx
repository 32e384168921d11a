import { fireEvent, render, screen, within } from '@testing-library/react';

import { NavLinks } from '@/components/layout/NavLinks';

import { prefetchedHrefs } from '../support/next-navigation';

function currentLinks(): string[] {
  const navigation = screen.getByRole('navigation', { name: 'Main' });
  return within(navigation)
    .getAllByRole('link')
    .filter((link) => link.getAttribute('aria-current') === 'page')
    .map((link) => link.textContent ?? '');
}

describe('NavLinks', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    prefetchedHrefs.length = 0;
  });

  it('prefetches a section only when its link is pointed at or focused', () => {
    render(<NavLinks />);
    expect(prefetchedHrefs).toEqual([]);

    fireEvent.mouseEnter(screen.getByRole('link', { name: 'Publications' }));
    fireEvent.focus(screen.getByRole('link', { name: 'CV' }));
    fireEvent.touchStart(screen.getByRole('link', { name: 'Posts' }));
    expect(prefetchedHrefs).toEqual(['/publications', '/cv', '/posts']);
  });

  it('lists every section in order', () => {
    render(<NavLinks />);
    const labels = within(screen.getByRole('navigation', { name: 'Main' }))
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')]);
    expect(labels).toEqual([
      ['About', '/'],
      ['Research', '/research'],
      ['Publications', '/publications'],
      ['Posts', '/posts'],
      ['Honors', '/honors'],
      ['Media', '/media'],
      ['CV', '/cv'],
    ]);
  });

  it.each([
    ['/', 'About'],
    ['/posts', 'Posts'],
    ['/posts/archgym', 'Posts'],
    ['/research/computer-architecture', 'Research'],
    ['/media', 'Media'],
  ])('marks the section of %s as current', (pathname, label) => {
    window.history.replaceState(null, '', pathname);
    render(<NavLinks />);
    expect(currentLinks()).toEqual([label]);
  });

  it('does not mark a section whose path is only a prefix', () => {
    window.history.replaceState(null, '', '/postscript');
    render(<NavLinks />);
    expect(currentLinks()).toEqual([]);
  });
});
