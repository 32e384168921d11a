import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import ErrorPage from '@/app/(site)/error';
import { NotFoundMessage } from '@/components/errors/NotFoundMessage';
import { ServerErrorMessage } from '@/components/errors/ServerErrorMessage';

function expectWaysOn() {
  const waysOn = screen.getByRole('navigation', { name: 'Ways on' });
  expect(within(waysOn).getByRole('link', { name: 'Home page' })).toHaveAttribute('href', '/');
  expect(within(waysOn).getByRole('link', { name: 'All publications' })).toHaveAttribute(
    'href',
    '/publications',
  );

  const search = screen.getByRole('search');
  expect(search).toHaveAttribute('method', 'get');
  expect(search).toHaveAttribute('action', '/search');
  expect(within(search).getByRole('searchbox', { name: 'Search the site' })).toHaveAttribute(
    'name',
    'q',
  );
}

describe('NotFoundMessage', () => {
  it('says the page does not exist and offers ways on', () => {
    render(<NotFoundMessage />);

    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no page at this address/)).toBeInTheDocument();
    expectWaysOn();
  });
});

describe('ServerErrorMessage', () => {
  it('leaves out the retry button without a handler', () => {
    render(<ServerErrorMessage />);

    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be loaded');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    expectWaysOn();
  });
});

describe('site error page', () => {
  let consoleError: jest.SpyInstance;

  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  });

  afterEach(() => {
    consoleError.mockRestore();
  });

  it('retries the failed page on request', async () => {
    const retry = jest.fn();
    render(<ErrorPage error={new Error('query failed')} retry={retry} />);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(retry).toHaveBeenCalledTimes(1);
    expectWaysOn();
  });

  it('logs the digest and shows no error details', () => {
    const error = Object.assign(new Error('secret query text'), { digest: '12345' });
    render(<ErrorPage error={error} retry={() => {}} />);

    expect(consoleError).toHaveBeenCalledWith('Page failed to render', '12345');
    expect(screen.getByRole('alert')).not.toHaveTextContent('secret query text');
    expect(screen.getByRole('alert')).not.toHaveTextContent('12345');
  });
});
