/** Data-set toolkit types: every reader yields `Conversation`s, every writer and cleaner consumes them. */

export type TurnRole = 'system' | 'user' | 'assistant';

export type MediaKind = 'audio' | 'image' | 'video';

export interface MediaRef {
  kind: MediaKind;
  /** Path or URL as given by the source (relative paths stay relative). */
  path: string;
}

export interface Turn {
  role: TurnRole;
  content: string;
  /** Media attached to this turn, in the order the placeholders should appear. */
  media?: MediaRef[];
}

/** Where a record came from: enough to find it again and to honour its terms. */
export interface Provenance {
  /** Reader name, e.g. `soulchat`. */
  source: string;
  /** Record id, unique within the source (file-qualified where the source reuses ids). */
  id: string;
  /** Licence as stated by the source. */
  licence: string;
  file: string;
  /** 1-based line where the record starts (0 when not meaningful). */
  line: number;
}

export interface Conversation {
  provenance: Provenance;
  /** System prompt carried by the source, if any (kept out of `turns`). */
  system?: string;
  turns: Turn[];
  /** `dialogue` for counselling data; `classification` for text→label corpora. */
  task: 'dialogue' | 'classification';
  /** Labels of classification corpora (emotion names, risk levels ...). */
  labels?: string[];
  topic?: string;
  /** Free-form source fields worth keeping (split, fold, strategy spans ...). */
  meta: Record<string, unknown>;
  /** Tags added by cleaning steps (e.g. `crisis:high`, `lang:zh`). */
  tags?: string[];
}

/** A record a reader could not use. The run continues; the CLI counts and reports these. */
export interface BadRecord {
  file: string;
  line: number;
  reason: string;
}

export interface ReadContext {
  onBad: (bad: BadRecord) => void;
}
