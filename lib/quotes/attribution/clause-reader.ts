// What both readers of a quote's own sentence stand on: the lead-in (speaker named before the
// quote) and the tail (named after it) read the same article with the same stages.
import type { Reading } from './reading';
import type { Clauses } from './clauses';
import type { Pronouns } from './pronouns';
import type { NounPhrases } from './noun-phrase';
import type { Subjects } from './subjects';

export abstract class ReportingClauseReader {
  constructor(
    protected readonly ctx: Reading,
    protected readonly clauses: Clauses,
    protected readonly pronouns: Pronouns,
    protected readonly np: NounPhrases,
    protected readonly subjects: Subjects,
  ) {}
}
