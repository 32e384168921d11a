import { render, screen } from '@testing-library/react';

import { AuthorList } from '@/components/publications/AuthorList';

import { authorView } from '../support/authors';

describe('AuthorList', () => {
  it('sets only the owner in bold', () => {
    render(
      <AuthorList
        authors={[
          authorView('a', 'Ada Lovelace'),
          authorView('b', 'Amir Yazdanbakhsh', { isOwner: true }),
          authorView('c', 'Charles Babbage'),
        ]}
      />,
    );
    expect(screen.getByText('Amir Yazdanbakhsh', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByText('Ada Lovelace', { selector: 'strong' })).toBeNull();
    expect(screen.queryByText(/Charles Babbage/, { selector: 'strong' })).toBeNull();
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      'Ada Lovelace, Amir Yazdanbakhsh, Charles Babbage',
    );
  });

  it('marks equal contribution and corresponding authors', () => {
    render(
      <AuthorList
        authors={[
          authorView('a', 'Ada Lovelace', { equalContribution: true }),
          authorView('b', 'Amir Yazdanbakhsh', { isOwner: true, equalContribution: true }),
          authorView('c', 'Charles Babbage', { corresponding: true }),
        ]}
      />,
    );
    expect(screen.getAllByTitle('Equal contribution')).toHaveLength(2);
    expect(screen.getAllByTitle('Equal contribution')[0]).toHaveTextContent('†');
    expect(screen.getByTitle('Corresponding author')).toHaveTextContent('✉');
    expect(screen.getByText('† Equal contribution · ✉ Corresponding author')).toBeInTheDocument();
  });

  it('shows a legend only for the marks used', () => {
    render(<AuthorList authors={[authorView('a', 'Ada Lovelace', { corresponding: true })]} />);
    expect(screen.getByText('✉ Corresponding author')).toBeInTheDocument();
    expect(screen.queryByText(/Equal contribution/)).not.toBeInTheDocument();
  });

  it('has no legend without marks', () => {
    const { container } = render(<AuthorList authors={[authorView('a', 'Ada Lovelace')]} />);
    expect(container.querySelector('.publication__author-legend')).toBeNull();
    expect(container.querySelector('abbr')).toBeNull();
  });

  it('ends a truncated list with et al.', () => {
    render(
      <AuthorList
        authors={[authorView('a', 'Ada Lovelace'), authorView('b', 'Charles Babbage')]}
        truncated
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(
      'Ada Lovelace, Charles Babbage, et al.',
    );
  });

  it('renders nothing without authors', () => {
    const { container } = render(<AuthorList authors={[]} truncated />);
    expect(container).toBeEmptyDOMElement();
  });
});
