import { ARXIV_CATEGORY, BIBTEX_KEY, PAGE_RANGE } from '@/sanity/schemaTypes/constants';

describe('PAGE_RANGE', () => {
  it.each(['123-135', '123–135', '12 – 20', 'e1001', 'S12-S19', '12:1-12:27', '7'])(
    'accepts %s',
    (pages) => {
      expect(PAGE_RANGE.test(pages)).toBe(true);
    },
  );

  it.each(['i–iv', 'pp. 12-20', '12-20, 25-30', '12--20', ''])('rejects %s', (pages) => {
    expect(PAGE_RANGE.test(pages)).toBe(false);
  });
});

describe('BIBTEX_KEY', () => {
  it.each(['smith2023fast', 'DBLP:conf/isca/Lovelace23', 'you2024shiftaddllm', 'a.b-c_d+e'])(
    'accepts %s',
    (key) => {
      expect(BIBTEX_KEY.test(key)).toBe(true);
    },
  );

  it.each(['smith 2023', 'smith,2023', 'smith{2023}', 'a%b', 'a"b', 'a=b', 'a\\b', 'a~b', ''])(
    'rejects %s',
    (key) => {
      expect(BIBTEX_KEY.test(key)).toBe(false);
    },
  );
});

describe('ARXIV_CATEGORY', () => {
  it.each(['cs.LG', 'math.CO', 'hep-th', 'quant-ph', 'stat.ML'])('accepts %s', (category) => {
    expect(ARXIV_CATEGORY.test(category)).toBe(true);
  });

  it.each(['cs LG', 'CS.LG', 'cs.', ''])('rejects %s', (category) => {
    expect(ARXIV_CATEGORY.test(category)).toBe(false);
  });
});
