/**
 * Goes to the form's redirect address. Embedded in a site's page, the whole page should move on, not the
 * frame; when the frame may not navigate its parent, the frame goes instead.
 */
export function goTo(url: string): void {
  try {
    if (window.top && window.top !== window.self) {
      window.top.location.href = url;
      return;
    }
  } catch {
    // Cross-origin parent without allow-top-navigation.
  }
  window.location.assign(url);
}
