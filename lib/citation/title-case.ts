/**
 * Marks the first word of a title as case-protected (CSL's `<span class="nocase">`) when it has a
 * capital letter after its first letter, as acronyms and product names do ("LLM", "ShiftAddLLM",
 * "iPhone"). BibTeX styles that lower-case titles then keep it as written.
 */
export function protectLeadingCapitals(title: string): string {
  const match = /^([^\s:]+)(.*)$/su.exec(title);
  const first = match?.[1];
  // A word with markup characters is left alone rather than escaped, since CSL rich text would
  // then carry entities into the BibTeX output.
  if (!first || !/^.+\p{Lu}/u.test(first) || /[<>&]/.test(first)) {
    return title;
  }
  return `<span class="nocase">${first}</span>${match[2] ?? ''}`;
}
