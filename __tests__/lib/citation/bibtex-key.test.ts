import { citationKeyOf, uniqueCitationKeys } from '@/lib/citation/bibtex-key';

describe('citationKeyOf', () => {
  it.each([
    [{ slug: 'sparse-tpu', citationKey: null }, 'sparse_tpu'],
    [{ slug: 'sparse-tpu', citationKey: 'lovelace2023sparse' }, 'lovelace2023sparse'],
    [{ slug: 'sparse-tpu', citationKey: 'DBLP:conf/isca/Lovelace23' }, 'DBLP:conf/isca/Lovelace23'],
    [{ slug: 'sparse-tpu', citationKey: 'lovelace 2023' }, 'sparse_tpu'],
    [{ slug: 'sparse-tpu', citationKey: 'lovelace,2023' }, 'sparse_tpu'],
    [{ slug: 'sparse-tpu', citationKey: 'lovelace{2023}' }, 'sparse_tpu'],
  ])('keys %j as %s', (publication, expected) => {
    expect(citationKeyOf(publication)).toBe(expected);
  });
});

describe('uniqueCitationKeys', () => {
  it('keeps keys that are already unique', () => {
    expect(
      uniqueCitationKeys([
        { slug: 'a', citationKey: 'smith2020' },
        { slug: 'b', citationKey: null },
      ]),
    ).toEqual(['smith2020', 'b']);
  });

  it('lets a stored key win over a derived one', () => {
    expect(
      uniqueCitationKeys([
        { slug: 'smith2020', citationKey: null },
        { slug: 'other', citationKey: 'smith2020' },
      ]),
    ).toEqual(['smith2020_2', 'smith2020']);
  });

  it('numbers repeated keys in order', () => {
    expect(
      uniqueCitationKeys([
        { slug: 'a', citationKey: 'smith2020' },
        { slug: 'b', citationKey: 'smith2020' },
        { slug: 'c', citationKey: 'smith2020_2' },
        { slug: 'smith2020', citationKey: null },
      ]),
    ).toEqual(['smith2020', 'smith2020_3', 'smith2020_2', 'smith2020_4']);
  });
});
