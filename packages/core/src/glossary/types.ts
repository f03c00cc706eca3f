// The words of the glossary area.

/** An acronym or term with what it stands for. */
export interface GlossaryEntry {
  readonly term: string;
  readonly expansion: string;
  readonly description?: string;
}
