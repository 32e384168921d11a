import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';

import { CitePanel } from '@/components/publications/CitePanel';
import type { CitationFormats } from '@/lib/citation/types';

const citations: CitationFormats = {
  bibtex: '@inproceedings{mesa,\n\ttitle = {{MESA}},\n}\n',
  apa: 'MESA. (2023). ISCA.',
  ieee: '“MESA,” in ISCA, 2023.',
  cslJson: '[{"id":"mesa"}]\n',
};

function renderPanel() {
  return render(<CitePanel citations={citations} bibtexHref="/publications/mesa/cite.bib" />);
}

describe('CitePanel', () => {
  afterEach(() => jest.restoreAllMocks());

  it('hides the Cite button in server HTML and keeps the download', () => {
    const html = renderToString(
      <CitePanel citations={citations} bibtexHref="/publications/mesa/cite.bib" />,
    );
    const { container } = render(<div dangerouslySetInnerHTML={{ __html: html }} />);

    expect(within(container).getByText('Cite')).toHaveClass('button--pending');
    expect(within(container).getByRole('link', { name: 'Download .bib' })).toBeVisible();
  });

  it('shows the Cite button once hydrated', () => {
    renderPanel();

    expect(screen.getByRole('button', { name: 'Cite' })).not.toHaveClass('button--pending');
  });

  it('opens and closes from the Cite button', async () => {
    const user = userEvent.setup();
    renderPanel();
    const cite = screen.getByRole('button', { name: 'Cite' });

    expect(cite).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Copy' })).not.toBeInTheDocument();

    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Copy' })).toBeVisible();
    await user.click(cite);
    expect(cite).toHaveAttribute('aria-expanded', 'false');
  });

  it('links the BibTeX file while closed', () => {
    renderPanel();
    expect(screen.getByRole('link', { name: 'Download .bib' })).toHaveAttribute(
      'href',
      '/publications/mesa/cite.bib',
    );
  });

  it('opens with the keyboard', async () => {
    const user = userEvent.setup();
    renderPanel();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Cite' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Format' })).toBeVisible();
  });

  it('shows the chosen format', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Cite' }));

    expect(screen.getByLabelText('BibTeX citation')).toHaveTextContent('@inproceedings{mesa,');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'APA');
    expect(screen.getByLabelText('APA citation')).toHaveTextContent('MESA. (2023). ISCA.');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'CSL-JSON');
    expect(screen.getByLabelText('CSL-JSON citation')).toHaveTextContent('[{"id":"mesa"}]');
  });

  it('copies the chosen format and confirms', async () => {
    const user = userEvent.setup();
    renderPanel();
    await user.click(screen.getByRole('button', { name: 'Cite' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'IEEE');

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(screen.getByRole('status')).toHaveTextContent('Copied the IEEE citation.');
    expect(await navigator.clipboard.readText()).toBe('“MESA,” in ISCA, 2023.');
  });

  it('selects the text when the clipboard refuses', async () => {
    const user = userEvent.setup();
    renderPanel();
    jest.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Cite' }));

    await user.click(screen.getByRole('button', { name: 'Copy' }));

    expect(screen.getByRole('status')).toHaveTextContent(
      'Copying is not available here. The text is selected: press Ctrl+C or ⌘C.',
    );
    expect(window.getSelection()?.toString()).toBe(citations.bibtex);
  });
});
