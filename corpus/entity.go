package corpus

// EntityType is the kind of a mention.
type EntityType uint8

// The entity types Diptych extracts. The zero value is not a valid type.
const (
	Person EntityType = iota + 1
	Org
	Place
	Date
	FigureType
	QuoteType
)

var typeNames = [...]string{"", "PERSON", "ORG", "PLACE", "DATE", "FIGURE", "QUOTE"}

// String returns the type's upper-case name ("PERSON"), or "" for an
// invalid type.
func (t EntityType) String() string {
	if int(t) < len(typeNames) {
		return typeNames[t]
	}
	return ""
}

// ParseEntityType returns the type named s ("PERSON", "ORG", ...) and
// whether s names one.
func ParseEntityType(s string) (EntityType, bool) {
	for i, n := range typeNames {
		if i > 0 && n == s {
			return EntityType(i), true
		}
	}
	return 0, false
}

// MarshalText implements encoding.TextMarshaler.
func (t EntityType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *EntityType) UnmarshalText(b []byte) error {
	v, ok := ParseEntityType(string(b))
	if !ok {
		return &UnknownTypeError{Name: string(b)}
	}
	*t = v
	return nil
}

// UnknownTypeError reports an entity type name that is not one of Diptych's.
type UnknownTypeError struct{ Name string }

func (e *UnknownTypeError) Error() string {
	return "unknown entity type " + quote(e.Name) + " (want PERSON, ORG, PLACE, DATE, FIGURE or QUOTE)"
}

func quote(s string) string { return "\"" + s + "\"" }

// Entity is a canonical entity of the corpus: every mention of "Blinken",
// "Antony Blinken" and "Secretary of State Antony Blinken" in any article
// points at one Entity.
type Entity struct {
	// ID is a stable, readable slug ("antony-blinken"), unique in the corpus.
	ID string `json:"id"`
	// Name is the canonical display name ("Antony Blinken").
	Name string     `json:"name"`
	Type EntityType `json:"type"`
	// Aliases are the other surface forms seen in the corpus ("Blinken").
	Aliases []string `json:"aliases,omitempty"`
}

// Mention is one occurrence of an entity in an article's body.
type Mention struct {
	Span
	Type EntityType `json:"type"`
	// Entity is the canonical Entity.ID for PERSON, ORG and PLACE mentions,
	// "" otherwise.
	Entity string `json:"entity,omitempty"`
	// Value is the normalised value: an ISO 8601 date for DATE ("2024-12-13",
	// or "2023-10-07"), "" where it cannot be normalised.
	Value string `json:"value,omitempty"`
}

// Quote is a direct quotation and, where the text allows, who said it.
type Quote struct {
	Span
	// Speaker is the Entity.ID of the speaker, or "" when unresolved.
	Speaker string `json:"speaker,omitempty"`
	// SpeakerText is the speaker as the text names it ("Blinken", "he").
	SpeakerText string `json:"speaker_text,omitempty"`
}

// Figure is a reported quantity: a number, what it counts and how it is
// qualified ("at least 27,585 deaths").
type Figure struct {
	Span
	// Value is the number ("27585", "2400000", "6"), as a decimal string.
	Value string `json:"value"`
	// Unit is what the number counts, as a normalised noun ("deaths",
	// "people", "week").
	Unit string `json:"unit"`
	// Qualifier is "at least", "over", "about", ... or "" for an exact figure.
	Qualifier string `json:"qualifier,omitempty"`
}
