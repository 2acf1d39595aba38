package corpus

// Article is one cleaned news article: what the reader sees and what the
// index stores. Unknown metadata fields are empty strings; the UI shows them
// as unknown rather than guessing.
type Article struct {
	// ID is a stable, readable slug ("blinken-urges-urgent-ceasefire-talks"),
	// unique within a corpus and unchanged when other articles are added or
	// removed.
	ID string `json:"id"`
	// Title is the headline, without site furniture.
	Title string `json:"title"`
	// Source is the outlet that published the article ("ICARO Media Group"),
	// or "" when the text does not say.
	Source string `json:"source"`
	// URL is the article's canonical address, or "".
	URL string `json:"url"`
	// Author is the byline, or "".
	Author string `json:"author"`
	// Published is the publication date in ISO 8601: a date ("2024-06-10"),
	// a local date-time ("2024-06-10T21:02"), or a date-time with offset
	// ("2024-12-13T16:18:00+02:00"), exactly as precise as the text states.
	// It is "" when the text gives no date.
	Published string `json:"published"`
	// Paragraphs is the body, one cleaned paragraph per element, in order.
	Paragraphs []string `json:"paragraphs"`
	// File is where the article came from, relative to the corpus root
	// ("articles/003.txt" or "corpus.jsonl:12"), for messages and provenance.
	File string `json:"file"`

	// Mentions are the entity mentions found in the body, sorted by
	// (Para, Start). Filled by entity extraction; nil before it.
	Mentions []Mention `json:"mentions,omitempty"`
	// Quotes are the direct quotations in the body, sorted by (Para, Start).
	Quotes []Quote `json:"quotes,omitempty"`
	// Figures are the quantities reported in the body, sorted by (Para, Start).
	Figures []Figure `json:"figures,omitempty"`
}

// Span locates a piece of an article's body: paragraph Para, UTF-8 byte
// offsets [Start, End) within that paragraph.
type Span struct {
	Para  int `json:"para"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Text returns the text the span covers in a, or "" when the span does not
// fit a (a corrupt or stale span never panics).
func (s Span) Text(a *Article) string {
	if s.Para < 0 || s.Para >= len(a.Paragraphs) {
		return ""
	}
	p := a.Paragraphs[s.Para]
	if s.Start < 0 || s.End > len(p) || s.Start > s.End {
		return ""
	}
	return p[s.Start:s.End]
}
