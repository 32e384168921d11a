import {
  collapseNestedBraces,
  escapeBibtexText,
  hasBalancedBraces,
  maskTitleMath,
} from '@/lib/citation/bibtex-text';

describe('escapeBibtexText', () => {
  it('escapes the characters LaTeX reads as commands', () => {
    expect(escapeBibtexText('50% & #1 of a_b for $5 ~ x^2 {y} \\z')).toBe(
      '50\\% \\& \\#1 of a\\_b for \\$5 \\textasciitilde{} x\\textasciicircum{}2 ' +
        '\\textbraceleft{}y\\textbraceright{} \\textbackslash{}z',
    );
  });

  it('leaves other text as it is', () => {
    expect(escapeBibtexText('Café: Über-Fast (2024)')).toBe('Café: Über-Fast (2024)');
  });
});

describe('maskTitleMath', () => {
  it('hides formulas from escaping and gives them back with dollars', () => {
    const { masked, restore } = maskTitleMath('Top-$k_1$ in 50% of \\(x^2\\) Steps');
    expect(masked).toBe('Top-zqmath0zq in 50\\% of zqmath1zq Steps');
    expect(restore(masked)).toBe('Top-$k_1$ in 50\\% of $x^2$ Steps');
  });

  it('tells whether the title starts with a formula', () => {
    expect(maskTitleMath('$k$-Means').startsWithFormula).toBe(true);
    expect(maskTitleMath('Top-$k$ Means').startsWithFormula).toBe(false);
  });
});

describe('collapseNestedBraces', () => {
  it('keeps one pair around a protected word', () => {
    expect(collapseNestedBraces('{{{MESA}}}: {{GPU}} and {A {B}}')).toBe(
      '{MESA}: {GPU} and {A {B}}',
    );
  });
});

describe('hasBalancedBraces', () => {
  it.each([
    ['{GPU} Kernels', true],
    ['{{ShiftAddLLM}}: {LLMs}', true],
    ['{GPU Kernels', false],
    ['GPU} {Kernels', false],
    ['No braces', true],
  ])('checks %s', (value, expected) => {
    expect(hasBalancedBraces(value)).toBe(expected);
  });
});
