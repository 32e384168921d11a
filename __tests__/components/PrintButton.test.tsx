import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';

import { PrintButton } from '@/components/cv/PrintButton';

describe('PrintButton', () => {
  afterEach(() => jest.restoreAllMocks());

  it('is hidden in server HTML', () => {
    const html = renderToString(<PrintButton />);
    const { container } = render(<div dangerouslySetInnerHTML={{ __html: html }} />);

    expect(within(container).getByText('Print')).toHaveClass('button--pending');
  });

  it('opens the print dialog once hydrated', async () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<PrintButton />);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Print' }));

    expect(print).toHaveBeenCalledTimes(1);
  });
});
