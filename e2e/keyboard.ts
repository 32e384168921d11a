import assert from 'node:assert/strict';

import type { Page } from 'playwright-core';

/** What the test needs to know about the element that has focus. */
export type FocusedElement = {
  tag: string;
  role: string | null;
  /** The visible text or, for form controls, the text of their label. */
  name: string;
  href: string | null;
  checked: boolean | null;
  /** Whether the element draws a focus indicator: a non-zero outline or a box shadow. */
  indicatorVisible: boolean;
  /** Contrast ratio of the outline color against the page background, or null without one. */
  indicatorContrast: number | null;
  /** Whether any part of the element lies inside the viewport. */
  inViewport: boolean;
  insideMain: boolean;
};

/** Maximum key presses a walk makes before it fails, so a missing target cannot loop forever. */
const MAX_TAB_PRESSES = 120;

/** Reads the focused element's name, state and focus indicator from the page. */
export function readFocus(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    // Links inside an SVG chart are SVGElements, not HTMLElements.
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) {
      return null;
    }
    if (element === document.body) {
      return null;
    }

    // Relative luminance and contrast ratio as WCAG 2.2 defines them, for rgb() or rgba() colors.
    const luminance = (color: string): number | null => {
      const channels = color
        .match(/[\d.]+/g)
        ?.slice(0, 3)
        .map(Number);
      if (!channels || channels.length < 3) {
        return null;
      }
      const [r, g, b] = channels.map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string): number | null => {
      const la = luminance(a);
      const lb = luminance(b);
      if (la === null || lb === null) {
        return null;
      }
      return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    };

    const style = getComputedStyle(element);
    const hasOutline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const hasShadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const pageBackground = getComputedStyle(document.body).backgroundColor;
    const box = element.getBoundingClientRect();
    const label =
      element instanceof HTMLInputElement && element.labels?.[0]
        ? element.labels[0].textContent
        : (element.getAttribute('aria-label') ?? element.textContent);

    return {
      tag: element.tagName.toLowerCase(),
      role: element.getAttribute('role'),
      name: (label ?? '').replace(/\s+/g, ' ').trim(),
      href:
        element instanceof HTMLAnchorElement
          ? element.href
          : element instanceof SVGAElement
            ? new URL(element.href.baseVal, location.href).href
            : null,
      checked: element instanceof HTMLInputElement ? element.checked : null,
      indicatorVisible: hasOutline || hasShadow,
      indicatorContrast: hasOutline ? contrast(style.outlineColor, pageBackground) : null,
      inViewport: box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth,
      insideMain: element.closest('main') !== null,
    };
  });
}

/**
 * Fails unless the focused element shows a focus indicator inside the viewport. An outline must
 * reach 3:1 against the page background, the minimum that WCAG 2.2 success criterion 1.4.11
 * (non-text contrast) sets for the parts of a control that show its state.
 */
export function assertFocusVisible(focus: FocusedElement | null, where: string): void {
  assert.ok(focus, `${where}: nothing has focus`);
  const label = `${where}: focused <${focus.tag}> "${focus.name}"`;
  assert.ok(focus.indicatorVisible, `${label} has no outline or box shadow`);
  assert.ok(focus.inViewport, `${label} is outside the viewport`);
  if (focus.indicatorContrast !== null) {
    assert.ok(
      focus.indicatorContrast >= 3,
      `${label} has an outline of contrast ${focus.indicatorContrast.toFixed(2)}:1, below 3:1`,
    );
  }
}

/**
 * Presses Tab (or Shift+Tab with `backwards`) until the focused element matches, checking the
 * focus indicator after every press. Returns the matching element.
 */
export async function tabTo(
  page: Page,
  matches: (focus: FocusedElement) => boolean,
  description: string,
  options: { backwards?: boolean } = {},
): Promise<FocusedElement> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 1; presses <= MAX_TAB_PRESSES; presses += 1) {
    await page.keyboard.press(key);
    const focus = await readFocus(page);
    assertFocusVisible(focus, `${key} ${presses} towards ${description} on ${page.url()}`);
    if (focus && matches(focus)) {
      return focus;
    }
  }
  throw new Error(`${description} took more than ${MAX_TAB_PRESSES} presses of ${key}`);
}
