/** The URL parameters the form asks for (`params`), as they are in the page's address; absent ones left out. */
export function pickParams(search: string, names: string[]): Record<string, string> {
  const query = new URLSearchParams(search);
  const picked: Record<string, string> = {};
  for (const name of names) {
    const value = query.get(name);
    if (value !== null && value !== '') picked[name] = value;
  }
  return picked;
}
