/** What an owner's avatar shows: a Chinese name's family name, else the first letters of two words. */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (/^[\u4e00-\u9fff]/.test(trimmed)) return trimmed[0];
  return trimmed
    .split(/\s+/)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}
