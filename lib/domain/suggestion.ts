/** A reply Deskpilot proposes. The agent edits it and always sends it themselves. */
export interface Suggestion {
  templateId: string;
  language: string;
  text: string;
}
