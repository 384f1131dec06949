/**
 * Theme
 *
 * Light or dark: the first visit follows `prefers-color-scheme`, the toggle's choice is remembered
 * (localStorage). The page's colours are CSS custom properties switched by `data-theme` on <html>;
 * sigma's label colours and the dimmed colours follow through renderer.ts and the reducers.
 */

export type ThemeName = 'light' | 'dark';

const KEY = 'kg-view-theme';

export function initialTheme(): ThemeName {
  try {
    const saved = localStorage.getItem(KEY);
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // Storage may be disabled: fall back to the system preference.
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Sets the page's theme and the toggle's state, and remembers an explicit choice. */
export function applyTheme(theme: ThemeName, toggle: HTMLButtonElement, remember = true): void {
  document.documentElement.dataset.theme = theme;
  toggle.setAttribute('aria-pressed', String(theme === 'dark'));
  toggle.textContent = theme === 'dark' ? 'Light' : 'Dark';
  toggle.title = theme === 'dark' ? 'Light theme' : 'Dark theme';
  if (!remember) return;
  try {
    if (theme !== (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'))
      localStorage.setItem(KEY, theme);
    else localStorage.removeItem(KEY);
  } catch {
    // Not remembered; the toggle still works for this page.
  }
}
