import { render, screen, within } from '@testing-library/react';

import { PublicationCard } from '@/components/publications/PublicationCard';

import { authorView } from '../support/authors';
import { publication } from '../support/explorer-result';

describe('PublicationCard', () => {
  it('shows title, venue, type and badges', () => {
    render(
      <PublicationCard
        publication={publication('mesa', 2023, {
          title: 'MESA',
          badges: [
            { key: 'b', kind: 'hall-of-fame', label: 'Inducted into the ISCA Hall of Fame' },
          ],
        })}
      />,
    );
    expect(screen.getByRole('link', { name: 'MESA' })).toHaveAttribute(
      'href',
      '/publications/mesa',
    );
    expect(screen.getByText('ISCA 2023')).toBeInTheDocument();
    expect(screen.getByText('Conference')).toBeInTheDocument();
    expect(screen.getByText('ISCA 2023').parentElement).toHaveTextContent(/^ISCA 2023 Conference$/);
    expect(screen.getByRole('list', { name: 'Recognition' })).toHaveTextContent(
      'Inducted into the ISCA Hall of Fame',
    );
  });

  it('lists links and highlights the owner among the authors', () => {
    render(
      <PublicationCard
        publication={publication('flat', 2023, {
          links: [{ key: 'l', kind: 'pdf', label: 'PDF', url: 'https://example.org/flat.pdf' }],
          authors: [
            authorView('a', 'A. Author'),
            authorView('b', 'Amir Yazdanbakhsh', { isOwner: true }),
          ],
        })}
      />,
    );
    const links = screen.getByRole('list', { name: 'Links' });
    expect(within(links).getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      'https://example.org/flat.pdf',
    );
    expect(screen.getByText('Amir Yazdanbakhsh').tagName).toBe('STRONG');
  });

  it('leaves out empty author, badge and link lists', () => {
    render(<PublicationCard publication={publication('bare', 2020)} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
