import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SWRConfig } from 'swr';

import { PublicationExplorer } from '@/components/explorer/PublicationExplorer';
import type { ExplorerResult } from '@/lib/content-types';

import { explorerResult, publication } from '../support/explorer-result';
import { cancelPendingUrlUpdates, setUrlUpdateDelay } from '../support/next-navigation';

const allResult = explorerResult([
  publication('alpha', 2024),
  publication('beta', 2024),
  publication('gamma', 2023),
]);
const learningResult = explorerResult([publication('beta', 2024)], { areas: ['learning'] });

let responses: Record<string, ExplorerResult | 'error'>;
const fetchMock = jest.fn(async (url: string) => {
  const body = responses[url];
  if (body === undefined || body === 'error') {
    return {
      ok: false,
      status: 503,
      statusText: 'Service Unavailable',
      json: async () => ({ error: 'down' }),
    };
  }
  return { ok: true, status: 200, json: async () => body };
});

function renderExplorer() {
  return render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <PublicationExplorer initialQuery="" initialResult={allResult} />
    </SWRConfig>,
  );
}

function listedTitles() {
  return screen
    .queryAllByRole('article')
    .map((article) => within(article).getByRole('heading').textContent);
}

afterEach(() => cancelPendingUrlUpdates());

beforeEach(() => {
  setUrlUpdateDelay(0);
  window.history.replaceState(null, '', '/publications');
  responses = { '/api/publications': allResult, '/api/publications?area=learning': learningResult };
  fetchMock.mockClear();
  global.fetch = fetchMock as unknown as typeof fetch;
});

describe('PublicationExplorer', () => {
  it('renders the server result without fetching', () => {
    renderExplorer();
    expect(listedTitles()).toEqual(['Title of alpha', 'Title of beta', 'Title of gamma']);
    expect(screen.getByRole('heading', { name: /2024/ })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Systems (2)' })).not.toBeChecked();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('puts a chosen area in the URL and shows its publications', async () => {
    renderExplorer();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Learning (1)' }));

    expect(window.location.search).toBe('?area=learning');
    expect(screen.getByRole('checkbox', { name: 'Learning (1)' })).toBeChecked();
    await waitFor(() => expect(listedTitles()).toEqual(['Title of beta']));
    expect(fetchMock).toHaveBeenCalledWith('/api/publications?area=learning', expect.anything());
  });

  it('keeps quick area choices checked', async () => {
    setUrlUpdateDelay(150);
    renderExplorer();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Learning (1)' }));
    expect(screen.getByRole('checkbox', { name: 'Learning (1)' })).toBeChecked();

    // The second choice lands before the first reaches the URL, and must not drop it.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Systems (2)' }));
    expect(screen.getByRole('checkbox', { name: 'Learning (1)' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Systems (2)' })).toBeChecked();

    await waitFor(() => expect(window.location.search).toBe('?area=learning&area=systems'));
    expect(screen.getByRole('checkbox', { name: 'Learning (1)' })).toBeChecked();
  });

  it('returns to the full list on the back button', async () => {
    renderExplorer();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Learning (1)' }));
    await waitFor(() => expect(listedTitles()).toEqual(['Title of beta']));

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });

    expect(window.location.search).toBe('');
    await waitFor(() => expect(listedTitles()).toHaveLength(3));
    expect(screen.getByRole('checkbox', { name: 'Learning (1)' })).not.toBeChecked();
  });

  it('searches after typing stops', async () => {
    responses['/api/publications?q=gam'] = explorerResult([publication('gamma', 2023)], {
      q: 'gam',
    });
    renderExplorer();

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search publications' }), 'gam');

    await waitFor(() => expect(window.location.search).toBe('?q=gam'));
    await waitFor(() => expect(listedTitles()).toEqual(['Title of gamma']));
  });

  it('keeps typed text while the URL catches up', async () => {
    responses['/api/publications?q=s'] = explorerResult([], { q: 's' });
    responses['/api/publications?q=spar'] = explorerResult([publication('gamma', 2023)], {
      q: 'spar',
    });
    setUrlUpdateDelay(150);
    renderExplorer();
    const searchbox = screen.getByRole('searchbox', { name: 'Search publications' });

    // 330 ms between keys: each pause lets the 300 ms debounce push the URL, and the next key
    // lands before that URL reaches the component.
    await userEvent.type(searchbox, 'spar', { delay: 330 });

    expect(searchbox).toHaveValue('spar');
    await waitFor(() => expect(window.location.search).toBe('?q=spar'));
    await waitFor(() => expect(listedTitles()).toEqual(['Title of gamma']));
    expect(searchbox).toHaveValue('spar');
  });

  it('adds one history entry per search, however long the typing', async () => {
    responses['/api/publications?q=s'] = explorerResult([], { q: 's' });
    responses['/api/publications?q=spar'] = explorerResult([publication('gamma', 2023)], {
      q: 'spar',
    });
    renderExplorer();
    const entriesBefore = window.history.length;

    // Pauses longer than the debounce, so each one puts the text in the URL.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search publications' }), 'spar', {
      delay: 330,
    });
    await waitFor(() => expect(window.location.search).toBe('?q=spar'));

    expect(window.history.length).toBe(entriesBefore + 1);
  });

  it('keeps a trailing space while typing', async () => {
    responses['/api/publications?q=spar'] = explorerResult([publication('gamma', 2023)], {
      q: 'spar',
    });
    setUrlUpdateDelay(150);
    renderExplorer();
    const searchbox = screen.getByRole('searchbox', { name: 'Search publications' });

    await userEvent.type(searchbox, 'spar ', { delay: 50 });
    await waitFor(() => expect(window.location.search).toBe('?q=spar'));
    // Longer than the URL delay and the debounce, so a late reset of the box would show.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));

    expect(searchbox).toHaveValue('spar ');
  });

  it('shows an empty state that clears the filters', async () => {
    responses['/api/publications?year=2023'] = explorerResult([], { years: [2023] });
    renderExplorer();

    await userEvent.click(screen.getByRole('checkbox', { name: '2023 (1)' }));
    await screen.findByRole('heading', { name: 'No publications match these filters' });

    await userEvent.click(screen.getByRole('link', { name: 'show all publications' }));

    expect(window.location.search).toBe('');
    await waitFor(() => expect(listedTitles()).toHaveLength(3));
  });

  it('keeps the previous list and says so when an update fails', async () => {
    responses['/api/publications?area=systems'] = 'error';
    renderExplorer();

    await userEvent.click(screen.getByRole('checkbox', { name: 'Systems (2)' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('could not be updated');
    expect(listedTitles()).toHaveLength(3);
    // The summary describes the list on screen, not the filters that failed to load.
    expect(screen.getByRole('status')).toHaveTextContent(/^3 publications$/);
  });

  it('hides the submit button once interactive', () => {
    renderExplorer();
    expect(screen.queryByRole('button', { name: 'Apply filters' })).not.toBeInTheDocument();
  });
});

describe('PublicationExplorer pages', () => {
  /** 120 publications, three pages: 30 of 2024, then 90 of 2023. */
  const many = Array.from({ length: 120 }, (_, index) =>
    publication(`p${index + 1}`, index < 30 ? 2024 : 2023),
  );
  const pageResult = (page: number) => explorerResult(many, { page });

  function renderPaged(initialPage = 1) {
    const query = initialPage === 1 ? '' : `page=${initialPage}`;
    window.history.replaceState(null, '', query ? `/publications?${query}` : '/publications');
    return render(
      <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
        <PublicationExplorer initialQuery={query} initialResult={pageResult(initialPage)} />
      </SWRConfig>,
    );
  }

  beforeEach(() => {
    responses = {
      '/api/publications': pageResult(1),
      '/api/publications?page=2': pageResult(2),
      '/api/publications?page=3': pageResult(3),
      '/api/publications?area=learning': learningResult,
    };
  });

  it('fetches another page through the JSON route and focuses the results heading', async () => {
    renderPaged();
    expect(screen.getByRole('status')).toHaveTextContent(/^1–50 of 120 publications$/);

    await userEvent.click(screen.getByRole('link', { name: 'Next' }));

    expect(window.location.search).toBe('?page=2');
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(/^51–100 of 120 publications$/),
    );
    expect(fetchMock).toHaveBeenCalledWith('/api/publications?page=2', expect.anything());
    expect(listedTitles()[0]).toBe('Title of p51');
    expect(screen.getByRole('heading', { name: 'Results, page 2 of 3' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
  });

  it('moves focus only once the requested page is on screen', async () => {
    let respond = () => {};
    const responded = new Promise<void>((resolve) => (respond = resolve));
    global.fetch = (async (url: string) => {
      await responded;
      return fetchMock(url);
    }) as unknown as typeof fetch;
    renderPaged();

    await userEvent.click(screen.getByRole('link', { name: 'Page 3' }));
    // Page 1 is still on screen while page 3 loads, so focus stays on the link.
    expect(listedTitles()[0]).toBe('Title of p1');
    expect(screen.getByRole('link', { name: 'Page 3' })).toHaveFocus();

    await act(async () => respond());
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Results, page 3 of 3' })).toHaveFocus(),
    );
    expect(listedTitles()).toHaveLength(20);
  });

  it('starts again at page 1 when a filter changes', async () => {
    renderPaged(2);
    expect(screen.getByRole('status')).toHaveTextContent(/^51–100 of 120 publications$/);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Learning (1)' }));

    expect(window.location.search).toBe('?area=learning');
    await waitFor(() => expect(listedTitles()).toEqual(['Title of beta']));
    expect(screen.getByRole('heading', { name: 'Results' })).not.toHaveFocus();
  });

  it('returns to the previous page on the back button', async () => {
    renderPaged();
    await userEvent.click(screen.getByRole('link', { name: 'Next' }));
    await waitFor(() => expect(listedTitles()[0]).toBe('Title of p51'));

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });

    expect(window.location.search).toBe('');
    await waitFor(() => expect(listedTitles()[0]).toBe('Title of p1'));
    expect(screen.getByRole('link', { name: 'Page 1' })).toHaveAttribute('aria-current', 'page');
  });

  it('links to the last page from a page past the end', async () => {
    responses['/api/publications?page=9'] = pageResult(9);
    renderPaged(9);

    expect(
      screen.getByRole('heading', { name: 'Page 9 is past the end of the list' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Go to the last page, page 3' }));

    expect(window.location.search).toBe('?page=3');
    await waitFor(() => expect(listedTitles()).toHaveLength(20));
  });
});
