package compare

import (
	"cmp"
	"strings"

	"diptych/corpus"
)

// QuoteRef is one quotation of a comparison.
type QuoteRef struct {
	// Index is the quote's index in its article's Quotes.
	Index int `json:"index"`
	// Sentence is the index of the sentence the quote starts in, or -1.
	Sentence int `json:"sentence"`
	// Text is the quotation as written.
	Text string `json:"text"`
}

// QuoteGroup is everyone's quotations from one speaker, side by side.
type QuoteGroup struct {
	// Speaker is the speaker's entity id, or "" when the speaker is not a
	// known entity (then Name is how the text names them, or "" for
	// quotations nobody is credited with).
	Speaker string     `json:"speaker,omitempty"`
	Name    string     `json:"name"`
	Left    []QuoteRef `json:"left"`
	Right   []QuoteRef `json:"right"`
}

// groupQuotes groups the quotes of both sides by speaker: by entity id when
// resolved, else by the speaker's name as written (case-insensitively;
// pronouns such as "he" count as unattributed). Speakers quoted on both
// sides come first, then left-only, then right-only, each by number of
// quotes and then name; unattributed quotes come last.
func groupQuotes(l, r *analysed, lookup func(string) (corpus.Entity, bool)) []QuoteGroup {
	groups := map[string]*QuoteGroup{}
	var keys []string
	add := func(a *analysed, left bool) {
		for k, q := range a.a.Quotes {
			if !fits(a.a, q.Span) {
				a.warn("quote at %+v does not fit the article", q.Span)
				continue
			}
			key, g := speakerKey(q, lookup)
			if groups[key] == nil {
				groups[key] = &g
				keys = append(keys, key)
			}
			ref := QuoteRef{Index: k, Sentence: a.sentenceAt(q.Span), Text: q.Span.Text(a.a)}
			if left {
				groups[key].Left = append(groups[key].Left, ref)
			} else {
				groups[key].Right = append(groups[key].Right, ref)
			}
		}
	}
	add(l, true)
	add(r, false)
	out := make([]QuoteGroup, 0, len(keys))
	for _, k := range keys {
		out = append(out, *groups[k])
	}
	rank := func(g QuoteGroup) int {
		switch {
		case g.Speaker == "" && g.Name == "":
			return 3
		case len(g.Left) > 0 && len(g.Right) > 0:
			return 0
		case len(g.Left) > 0:
			return 1
		}
		return 2
	}
	sortStable(out, func(a, b QuoteGroup) int {
		return cmp.Or(
			cmp.Compare(rank(a), rank(b)),
			cmp.Compare(len(b.Left)+len(b.Right), len(a.Left)+len(a.Right)),
			cmp.Compare(a.Name, b.Name))
	})
	return out
}

// pronouns name a speaker without saying who.
var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}

// speakerKey returns the grouping key of q's speaker and an empty group for
// it.
func speakerKey(q corpus.Quote, lookup func(string) (corpus.Entity, bool)) (string, QuoteGroup) {
	if q.Speaker != "" {
		g := QuoteGroup{Speaker: q.Speaker, Name: q.SpeakerText}
		if lookup != nil {
			if e, ok := lookup(q.Speaker); ok {
				g.Name = e.Name
			}
		}
		if g.Name == "" {
			g.Name = q.Speaker
		}
		return "id:" + q.Speaker, g
	}
	name := strings.TrimSpace(q.SpeakerText)
	if name == "" || pronouns[strings.ToLower(name)] {
		return "none", QuoteGroup{}
	}
	return "text:" + strings.ToLower(name), QuoteGroup{Name: name}
}
