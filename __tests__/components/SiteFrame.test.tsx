import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { SiteFrame } from '@/components/layout/SiteFrame';

describe('SiteFrame', () => {
  it('puts the skip link first in the tab order', async () => {
    render(
      <SiteFrame siteName="Ada Lovelace" links={[]}>
        <button type="button">Filter</button>
      </SiteFrame>,
    );

    await userEvent.tab();

    const skipLink = screen.getByRole('link', { name: 'Skip to content' });
    expect(skipLink).toHaveFocus();
  });

  it('points the skip link at the main landmark', () => {
    render(
      <SiteFrame siteName="Ada Lovelace" links={[]}>
        <h1>Publications</h1>
      </SiteFrame>,
    );

    const target = screen.getByRole('link', { name: 'Skip to content' }).getAttribute('href');
    const main = screen.getByRole('main');
    expect(target).toBe(`#${main.id}`);
    expect(main).toContainElement(screen.getByRole('heading', { name: 'Publications' }));
  });

  it('keeps the header and navigation around the content', () => {
    render(
      <SiteFrame siteName="Ada Lovelace" links={[]}>
        <p>Body</p>
      </SiteFrame>,
    );

    expect(screen.getByRole('banner')).toHaveTextContent('Ada Lovelace');
    const navigation = screen.getByRole('navigation', { name: 'Main' });
    expect(navigation).toHaveTextContent('Publications');
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Ada Lovelace');
  });
});
