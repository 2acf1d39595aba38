package index

// Field is one of the searchable fields of an article. Scores combine the
// fields with BM25F: each field has its own length normalisation and weight
// (see app/search).
type Field uint8

// The searchable fields.
const (
	// FieldTitle is the headline.
	FieldTitle Field = iota
	// FieldBody is the paragraphs, as one field; positions run on across
	// paragraphs.
	FieldBody
	// FieldEntities is the canonical names of the PERSON, ORG and PLACE
	// entities the article mentions, each once, so that "Antony" finds an
	// article that only says "Blinken".
	FieldEntities
	// NumFields is the number of fields.
	NumFields = 3
)

var fieldNames = [NumFields]string{"title", "body", "entities"}

// String returns the field's name ("title").
func (f Field) String() string {
	if int(f) < NumFields {
		return fieldNames[f]
	}
	return "field?"
}
