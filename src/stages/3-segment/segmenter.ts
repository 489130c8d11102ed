/** A word segmenter with part-of-speech tags. zhnews uses nodejieba; tests and users may plug in another. */
export interface Segmenter {
  /** Cut `text` into words whose concatenation is `text`, each with a POS tag. */
  tag(text: string): { word: string; tag: string }[];
}
