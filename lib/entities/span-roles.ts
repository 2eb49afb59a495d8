// The role written before a name: its title ("Interior Minister Ilse Varga") or an apposition
// set off by commas ("The authority's executive director, Graham Okafor, said").
import type { NameSpan } from './scan';
import { FOREIGN_ARTICLE, roleBefore, uninformativeRole } from './roles';

export function roleBeforeSpan(text: string, span: NameSpan): string | null {
  if (span.title) {
    const at = text.lastIndexOf(span.title, span.start);
    const more = at > 0 ? roleBefore(text, at + span.title.length) : null;
    return more && more.length > span.title.length ? more : span.title.replace(FOREIGN_ARTICLE, '');
  }
  // "The authority's executive director, Graham Okafor, said": the role set off before the name
  if (
    span.start >= 2 &&
    text[span.start - 2] === ',' &&
    text[span.start - 1] === ' ' &&
    /^,/.test(text.slice(span.end, span.end + 1))
  ) {
    const role = roleBefore(text.slice(0, span.start - 2) + ' ', span.start - 1);
    // only a role with its determiner or owner ("the chamber's chair", "its director"), not "Like every other manager, Smith"
    if (
      role &&
      !uninformativeRole(role) &&
      (/^\p{L}+['’]s\s/u.test(role) ||
        /(?:^|\s)(?:the|a|an|its|their|his|her)\s$/i.test(
          text.slice(Math.max(0, text.lastIndexOf(role, span.start) - 6), text.lastIndexOf(role, span.start)),
        ))
    )
      return role;
  }
  return roleBefore(text, span.start);
}
