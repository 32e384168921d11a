import { MAX_QUERY_LENGTH } from '@/lib/publication-filters';
import { parseSearchParams } from '@/lib/search-params';

function parse(query: string) {
  return parseSearchParams(new URLSearchParams(query));
}

describe('parseSearchParams', () => {
  it('reads the search text', () => {
    expect(parse('q=sparsity')).toEqual({ ok: true, q: 'sparsity' });
  });

  it('treats a missing or blank q as empty', () => {
    expect(parse('')).toEqual({ ok: true, q: '' });
    expect(parse('q=')).toEqual({ ok: true, q: '' });
    expect(parse('q=%20%20')).toEqual({ ok: true, q: '' });
  });

  it('empties text without a letter or digit', () => {
    expect(parse('q=*')).toEqual({ ok: true, q: '' });
    expect(parse('q=%F0%9F%94%8D')).toEqual({ ok: true, q: '' });
  });

  it('collapses spaces and control characters', () => {
    expect(parse('q=%20sparse%00%0Aquant%09')).toEqual({ ok: true, q: 'sparse quant' });
  });

  it('keeps GROQ syntax as plain text', () => {
    expect(parse('q=%22%5D%20%7C%20*%5B_type%20%3D%3D%20%22post')).toEqual({
      ok: true,
      q: '"] | *[_type == "post',
    });
  });

  it('ignores other parameters', () => {
    expect(parse('q=flat&utm_source=mail')).toEqual({ ok: true, q: 'flat' });
  });

  it('rejects a repeated q', () => {
    expect(parse('q=a&q=b')).toEqual({ ok: false, error: expect.stringMatching(/only once/) });
  });

  it('accepts text of the maximum length', () => {
    const text = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(parse(`q=${text}`)).toEqual({ ok: true, q: text });
  });

  it('rejects text over the maximum length', () => {
    expect(parse(`q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`)).toEqual({
      ok: false,
      error: expect.stringContaining(`at most ${MAX_QUERY_LENGTH} characters`),
    });
  });
});
