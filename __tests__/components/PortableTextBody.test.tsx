import { readFileSync } from 'node:fs';
import path from 'node:path';

import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PortableTextBody } from '@/components/PortableTextBody';
import type { PortableTextBlock } from '@/lib/content-types';

function paragraph(key: string, text: string, extra: Partial<PortableTextBlock> = {}) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}-s`, text, marks: [] }],
    ...extra,
  };
}

function linkParagraph(key: string, text: string, href: string): PortableTextBlock {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [{ _type: 'link', _key: 'm', href }],
    children: [{ _type: 'span', _key: `${key}-s`, text, marks: ['m'] }],
  };
}

/** The rich post's body from the test fixture, as the query stores it before mapping. */
function fixtureBody(): PortableTextBlock[] {
  const fixture = readFileSync(path.join(__dirname, '..', 'fixtures', 'rich-post.ndjson'), 'utf8');
  const post = fixture
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { _id: string; body?: PortableTextBlock[] })
    .find((document) => document._id === 'post-rich');
  return post?.body ?? [];
}

describe('PortableTextBody', () => {
  let warn: jest.SpyInstance;

  beforeEach(() => {
    warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => {
    warn.mockRestore();
  });

  it('renders nothing for an empty body', () => {
    const { container } = render(<PortableTextBody value={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('renders headings, paragraphs and lists', () => {
    render(
      <PortableTextBody
        value={[
          paragraph('h', 'Background', { style: 'h2' }),
          paragraph('p', 'Some text.'),
          paragraph('a', 'First', { listItem: 'bullet', level: 1 }),
          paragraph('b', 'Second', { listItem: 'bullet', level: 1 }),
          paragraph('c', 'Step one', { listItem: 'number', level: 1 }),
        ]}
      />,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Background' })).toBeInTheDocument();
    expect(screen.getByText('Some text.').tagName).toBe('P');
    const lists = screen.getAllByRole('list');
    expect(lists.map((list) => list.tagName)).toEqual(['UL', 'OL']);
    expect(within(lists[0] as HTMLElement).getAllByRole('listitem')).toHaveLength(2);
  });

  it.each([
    ['https', 'https://example.org/paper'],
    ['http', 'http://example.org/paper'],
    ['mailto', 'mailto:someone@example.org'],
  ])('links %s addresses', (_scheme, href) => {
    render(<PortableTextBody value={[linkParagraph('p', 'the paper', href)]} />);
    expect(screen.getByRole('link', { name: 'the paper' })).toHaveAttribute('href', href);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case', 'JavaScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['a relative path', '/admin'],
  ])('renders a link to %s as plain text', (_case, href) => {
    render(<PortableTextBody value={[linkParagraph('p', 'click me', href)]} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('click me')).toBeInTheDocument();
  });

  it('renders an unknown block type as nothing and logs it once', () => {
    const { container } = render(
      <PortableTextBody
        value={[
          paragraph('p', 'Before.'),
          { _type: 'mysteryChart', _key: 'x1', title: 'Hidden title' },
          { _type: 'mysteryChart', _key: 'x2', title: 'Hidden title' },
          paragraph('q', 'After.'),
        ]}
      />,
    );
    expect(container).toHaveTextContent(/^Before\.After\.$/);
    expect(container.querySelectorAll('p')).toHaveLength(2);
    expect(container.querySelectorAll('div')).toHaveLength(0);

    const logged = warn.mock.calls.filter((call) => String(call[0]).includes('mysteryChart'));
    expect(logged).toHaveLength(1);
  });

  it('logs an unknown type only once across renders', () => {
    const value = [{ _type: 'mysteryTable', _key: 't', rows: [] }];
    render(<PortableTextBody value={value} />);
    render(<PortableTextBody value={value} />);
    const logged = warn.mock.calls.filter((call) => String(call[0]).includes('mysteryTable'));
    expect(logged).toHaveLength(1);
  });

  it('logs each unknown type on its own', () => {
    render(
      <PortableTextBody
        value={[
          { _type: 'mysteryMap', _key: 'a' },
          { _type: 'mysteryQuiz', _key: 'b' },
        ]}
      />,
    );
    const logged = warn.mock.calls.map((call) => String(call[0]));
    expect(logged.filter((message) => message.includes('"mysteryMap"'))).toHaveLength(1);
    expect(logged.filter((message) => message.includes('"mysteryQuiz"'))).toHaveLength(1);
  });

  it('renders a code block as preformatted code with its language', () => {
    const code = 'def hit_rate(hits, total):\n    return hits / total';
    const { container } = render(
      <PortableTextBody value={[{ _type: 'code', _key: 'c', language: 'python', code }]} />,
    );
    const element = container.querySelector('pre > code');
    expect(element?.textContent).toBe(code);
    expect(element).toHaveClass('language-python');
    expect(screen.getByText('Python')).toBeInTheDocument();
  });

  it('drops a code language that is not a class name', () => {
    const { container } = render(
      <PortableTextBody
        value={[{ _type: 'code', _key: 'c', language: 'x" onclick="alert(1)', code: 'ls' }]}
      />,
    );
    expect(container.querySelector('pre > code')?.getAttribute('class')).toBeNull();
  });

  it('renders an empty code block as nothing', () => {
    const { container } = render(
      <PortableTextBody value={[{ _type: 'code', _key: 'c', language: 'python', code: '  ' }]} />,
    );
    expect(container.querySelector('pre')).toBeNull();
  });

  it('renders a resolved image through the Sanity loader', () => {
    render(
      <PortableTextBody
        value={[
          {
            _type: 'image',
            _key: 'i',
            url: 'https://cdn.sanity.io/images/p/d/abc-1200x800.jpg?rect=300,80,600,640',
            alt: 'A cache hierarchy',
            width: 600,
            height: 640,
          },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'A cache hierarchy' });
    expect(image).toHaveAttribute('width', '600');
    expect(image.getAttribute('src')).toMatch(
      /^https:\/\/cdn\.sanity\.io\/images\/p\/d\/abc-1200x800\.jpg\?rect=300,80,600,640&w=\d+&q=75&fit=max&auto=format$/,
    );
  });

  it('skips an image without an uploaded asset', () => {
    const { container } = render(
      <PortableTextBody
        value={[
          paragraph('p', 'Text.'),
          { _type: 'image', _key: 'i', alt: 'Pending upload' },
          {
            _type: 'image',
            _key: 'j',
            alt: 'Raw reference',
            asset: { _type: 'reference', _ref: 'image-abc-10x10-png' },
          },
        ]}
      />,
    );
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container).toHaveTextContent(/^Text\.$/);
  });

  it('loads a YouTube player only after play is pressed', async () => {
    const { container } = render(
      <PortableTextBody
        value={[
          {
            _type: 'videoEmbed',
            _key: 'v',
            url: 'https://youtu.be/dQw4w9WgXcQ',
            title: 'Conference talk',
          },
        ]}
      />,
    );
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.getByRole('link', { name: 'Watch on YouTube' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );

    await userEvent.click(screen.getByRole('button', { name: /Play video: Conference talk/ }));

    const frame = container.querySelector('iframe');
    expect(frame).toHaveAttribute(
      'src',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
    );
    expect(frame).toHaveAttribute('title', 'Conference talk');
    expect(frame).toHaveFocus();
  });

  it('links a video on another host without embedding it', () => {
    const { container } = render(
      <PortableTextBody
        value={[
          {
            _type: 'videoEmbed',
            _key: 'v',
            url: 'https://videos.example.com/talk',
            title: 'Talk on another host',
          },
        ]}
      />,
    );
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Talk on another host' })).toHaveAttribute(
      'href',
      'https://videos.example.com/talk',
    );
  });

  it('shows only the title of a video with an unsafe address', () => {
    const { container } = render(
      <PortableTextBody
        value={[{ _type: 'videoEmbed', _key: 'v', url: 'javascript:alert(1)', title: 'Trap' }]}
      />,
    );
    expect(container.querySelector('iframe')).toBeNull();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(container).toHaveTextContent('Trap');
  });

  it('renders the fixture post body without crashing', () => {
    const { container } = render(<PortableTextBody value={fixtureBody()} />);
    expect(screen.getByRole('heading', { name: 'Why caches matter' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'paper' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'script' })).not.toBeInTheDocument();
    // The unmapped image blocks carry only asset references, so both are skipped.
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(container.querySelector('pre > code')).toHaveClass('language-python');
    expect(container.querySelectorAll('iframe')).toHaveLength(0);
    expect(container).not.toHaveTextContent('chart');
  });
});
