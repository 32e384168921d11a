import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import ErrorPage from '@/app/(site)/error';
import GlobalError from '@/app/global-error';
import { NotFoundMessage } from '@/components/errors/NotFoundMessage';
import { ServerErrorMessage } from '@/components/errors/ServerErrorMessage';
import { FALLBACK_SITE_NAME } from '@/lib/site';

function expectWaysOn() {
  const waysOn = screen.getByRole('navigation', { name: 'Ways on' });
  expect(within(waysOn).getByRole('link', { name: 'Home page' })).toHaveAttribute('href', '/');
  expect(within(waysOn).getByRole('link', { name: 'All publications' })).toHaveAttribute(
    'href',
    '/publications',
  );

  // The header has the site's search form too; this one belongs to the message.
  const search = screen.getByRole('search', { name: 'Search for the page' });
  expect(search).toHaveAttribute('method', 'get');
  expect(search).toHaveAttribute('action', '/search');
  expect(within(search).getByRole('searchbox', { name: 'Search for the page' })).toHaveAttribute(
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

describe('root error page', () => {
  let consoleError: jest.SpyInstance;

  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});
  });

  afterEach(() => {
    consoleError.mockRestore();
  });

  // GlobalError renders its own <html>. React treats <html>, <head> and <body> as one per
  // document, so rendering into the document element reuses the test document's own. React
  // still warns that <html> is inside <html>, which the console.error stub hides.
  function renderGlobalError(retry: () => void) {
    return render(<GlobalError error={new Error('layout failed')} retry={retry} />, {
      container: document.documentElement,
    });
  }

  it('keeps the skip link, header and navigation', () => {
    renderGlobalError(() => {});

    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('banner')).toHaveTextContent(FALLBACK_SITE_NAME);
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(document.title).toBe(`Page could not be loaded · ${FALLBACK_SITE_NAME}`);
    expect(consoleError).toHaveBeenCalledWith('The site failed to render', 'layout failed');
  });

  it('retries and offers ways on', async () => {
    const retry = jest.fn();
    renderGlobalError(retry);

    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));

    expect(retry).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert')).toHaveTextContent('This page could not be loaded');
    expectWaysOn();
  });
});
