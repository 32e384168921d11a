import { foldName, matchesAnyName, nameKey, namesMatch, parseName } from '@/lib/person-names';

describe('parseName', () => {
  it.each([
    ['John Smith', { family: 'smith', given: ['john'] }],
    ['Smith, John', { family: 'smith', given: ['john'] }],
    ['Smith, Jr., John', { family: 'smith', given: ['john'] }],
    ['Ludwig van Beethoven', { family: 'van beethoven', given: ['ludwig'] }],
    ['J.-P. Dupont', { family: 'dupont', given: ['j', 'p'] }],
    ['JP Dupont', { family: 'dupont', given: ['j', 'p'] }],
    ['ALI SMITH', { family: 'smith', given: ['ali'] }],
    ['NASA', { family: 'nasa', given: [] }],
  ])('splits %s', (name, expected) => {
    expect(parseName(name)).toEqual(expected);
  });
});

describe('foldName', () => {
  it('folds composed and decomposed accents alike', () => {
    const composed = 'Müller'.normalize('NFC');
    const decomposed = 'Müller'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(foldName(composed)).toBe('muller');
    expect(foldName(decomposed)).toBe('muller');
  });

  it('spells out letters without a decomposition', () => {
    expect(foldName('Groß Søren Łukasz')).toBe('gross soren lukasz');
  });

  it('treats hyphens and dashes as spaces', () => {
    expect(foldName('Smith-Jones')).toBe('smith jones');
    expect(foldName('Smith–Jones')).toBe('smith jones');
  });
});

describe('namesMatch', () => {
  it.each([
    ['J. Smith', 'John Smith'],
    ['Smith, John', 'John Smith'],
    ['Smith, J.', 'John Smith'],
    ['JOHN SMITH', 'John Smith'],
    ['John Q. Smith', 'John Smith'],
    ['J. Q. Smith', 'John Quincy Smith'],
    ['Jean-Pierre Dupont', 'J.-P. Dupont'],
    ['Jean-Pierre Dupont', 'Jean Pierre Dupont'],
    ['Mary Smith-Jones', 'Mary Smith Jones'],
    ['Jürgen Müller'.normalize('NFD'), 'Jürgen Müller'.normalize('NFC')],
    ['Jurgen Muller', 'Jürgen Müller'],
    ['Amir Yazdanbakhsh', 'A. Yazdanbakhsh'],
  ])('matches %s with %s', (left, right) => {
    expect(namesMatch(left, right)).toBe(true);
    expect(namesMatch(right, left)).toBe(true);
  });

  it.each([
    ['Jane Smith', 'John Smith'],
    ['J. Smith', 'P. Smith'],
    ['John Smith', 'John Smyth'],
    ['Smith', 'John Smith'],
    ['John Q. Smith', 'John R. Smith'],
    ['', ''],
  ])('tells %s from %s', (left, right) => {
    expect(namesMatch(left, right)).toBe(false);
  });
});

describe('nameKey', () => {
  it('is equal for spellings that differ only in form', () => {
    expect(nameKey('Smith, John')).toBe(nameKey('JOHN SMITH'));
    expect(nameKey('Jürgen Müller')).toBe(nameKey('Jurgen Muller'));
  });

  it('differs between an initial and a full name', () => {
    expect(nameKey('J. Smith')).not.toBe(nameKey('John Smith'));
  });
});

describe('matchesAnyName', () => {
  it('matches one of several spellings', () => {
    expect(matchesAnyName('A. Yazdanbakhsh', ['Amir Yazdanbakhsh', 'Amir Y.'])).toBe(true);
    expect(matchesAnyName('Ali Yazdanbakhsh', ['Amir Yazdanbakhsh'])).toBe(false);
    expect(matchesAnyName('Amir Yazdanbakhsh', [])).toBe(false);
  });
});
