import { describe, expect, it } from 'vitest';
import { currentCursor, firstPage, hasPrevious, nextPage, pageNumber, previousPage } from '../cursorPaging';

describe('cursor paging', () => {
  it('starts on page one without a cursor', () => {
    const paging = firstPage();
    expect(currentCursor(paging)).toBeNull();
    expect(pageNumber(paging)).toBe(1);
    expect(hasPrevious(paging)).toBe(false);
  });

  it('walks forward and back through the cursors it saw', () => {
    let paging = nextPage(firstPage(), 'c2');
    paging = nextPage(paging, 'c3');
    expect(currentCursor(paging)).toBe('c3');
    expect(pageNumber(paging)).toBe(3);
    paging = previousPage(paging);
    expect(currentCursor(paging)).toBe('c2');
    paging = previousPage(previousPage(paging));
    expect(currentCursor(paging)).toBeNull();
    expect(pageNumber(paging)).toBe(1);
  });

  it('stays put when there is no next page', () => {
    const paging = firstPage();
    expect(nextPage(paging, null)).toBe(paging);
  });
});
