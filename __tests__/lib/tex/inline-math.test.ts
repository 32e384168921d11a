import { renderInlineMath, splitInlineMath } from '@/lib/tex/inline-math';
import { mathToUnicode } from '@/lib/tex/math-to-unicode';

describe('renderInlineMath', () => {
  it.each([
    ['Sorting in $O(n^2)$ Time Is Enough', 'Sorting in O(n²) Time Is Enough'],
    ['$\\alpha$-Nets with $\\beta_1$ Decay', 'α-Nets with β₁ Decay'],
    ['$\\epsilon$-Greedy and $\\varepsilon$-Close', 'ϵ-Greedy and ε-Close'],
    ['A $10\\times$ Faster Sort', 'A 10× Faster Sort'],
    ['$O(n \\log n)$ Merging', 'O(n log n) Merging'],
    ['Embeddings in $\\mathbb{R}^d$', 'Embeddings in ℝᵈ'],
    ['$\\mathcal{O}(1)$ Lookups', '𝒪(1) Lookups'],
    ['Training $W^{\\top}x$ Layers', 'Training Wᵀx Layers'],
    ['$\\sqrt{n}$ Rounds and $\\frac{1}{2}$ Precision', '√n Rounds and 1/2 Precision'],
    ['$2^{-10}$ Error at $x \\leq y$', '2⁻¹⁰ Error at x ≤ y'],
    ['Estimating $\\hat{\\theta}$', 'Estimating θ̂'],
    ['$k$-Means in $\\text{Linear Time}$', 'k-Means in Linear Time'],
    ['Sums $\\sum_{i=1}^{n} x_i$ with $a=b$', 'Sums ∑ᵢ₌₁ⁿ xᵢ with a = b'],
  ])('renders %s', (title, expected) => {
    expect(renderInlineMath(title)).toBe(expected);
  });

  it('reads \\( \\) math like dollar math', () => {
    expect(renderInlineMath('Bounds in \\(x^2\\) Steps')).toBe('Bounds in x² Steps');
    expect(renderInlineMath('Bounds in \\(x^2\\) Steps')).toBe(
      renderInlineMath('Bounds in $x^2$ Steps'),
    );
  });

  it.each([
    ['Saving 50% for $1 per Chip', 'Saving 50% for $1 per Chip'],
    ['Prices from $5 to $10', 'Prices from $5 to $10'],
    ['Costs of $ 5 $ Each', 'Costs of $ 5 $ Each'],
    ['Indices $x_{i,j}$ Kept', 'Indices $x_{i,j}$ Kept'],
    ['An $\\unknowncommand{x}$ Stays', 'An $\\unknowncommand{x}$ Stays'],
    ['A $\\sqrt[3]{x}$ Root', 'A $\\sqrt[3]{x}$ Root'],
    ['Unbalanced $x^{2$ Group', 'Unbalanced $x^{2$ Group'],
  ])('leaves %s as written', (title, expected) => {
    expect(renderInlineMath(title)).toBe(expected);
  });

  it('keeps the TeX of a formula the caller cannot draw', () => {
    const withoutDoubleStruck = (text: string) => !text.includes('ℝ');
    expect(renderInlineMath('$\\alpha$ in $\\mathbb{R}^d$', withoutDoubleStruck)).toBe(
      'α in $\\mathbb{R}^d$',
    );
  });

  it('converts each formula on its own', () => {
    expect(renderInlineMath('$\\alpha$ and $x_{i,j}$')).toBe('α and $x_{i,j}$');
  });
});

describe('splitInlineMath', () => {
  it('splits text and formulas in order', () => {
    expect(splitInlineMath('Sorting in $O(n^2)$ Time with \\(k\\) Keys')).toEqual([
      { kind: 'text', value: 'Sorting in ' },
      { kind: 'math', value: 'O(n^2)' },
      { kind: 'text', value: ' Time with ' },
      { kind: 'math', value: 'k' },
      { kind: 'text', value: ' Keys' },
    ]);
  });

  it('keeps an escaped dollar inside a formula', () => {
    expect(splitInlineMath('$a\\$b$ Costs')).toEqual([
      { kind: 'math', value: 'a\\$b' },
      { kind: 'text', value: ' Costs' },
    ]);
  });

  it('returns text without formulas as one run', () => {
    expect(splitInlineMath('Saving 50% for $1 per Chip')).toEqual([
      { kind: 'text', value: 'Saving 50% for $1 per Chip' },
    ]);
  });
});

describe('mathToUnicode', () => {
  it('returns null for a command it does not know', () => {
    expect(mathToUnicode('\\operatorname*{arg\\,max}')).toBeNull();
  });

  it('does not read names inherited by objects as commands', () => {
    expect(mathToUnicode('\\constructor')).toBeNull();
    expect(mathToUnicode('\\toString')).toBeNull();
  });
});
