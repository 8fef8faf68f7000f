/** The address anyone can fill a public form at. */
export function publicFormUrl(origin: string, slug: string): string {
  return `${origin.replace(/\/$/, '')}/f/${encodeURIComponent(slug)}`;
}

/** The snippet a website pastes to show the form inside its own page. */
export function embedSnippet(origin: string, slug: string): string {
  return `<iframe src="${publicFormUrl(origin, slug)}" width="100%" height="720" style="border:0"></iframe>`;
}
