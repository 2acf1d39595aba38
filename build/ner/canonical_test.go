package ner

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"diptych/corpus"
)

func TestNameKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"dots", "U.S.", "us"},
		{"arabic article", "El-Sisi", "sisi"},
		{"al prefix", "Al-Thani", "thani"},
		{"accent", "Türkiye", "turkiye"},
		{"possessive", "Hamas’s", "hamas"},
		{"leading the", "the Gaza Strip", "gaza strip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, nameKey(tt.in)) })
	}
	assert.Equal(t, "william burns", personKey("William J. Burns"))
}

func TestSlug(t *testing.T) {
	assert.Equal(t, "antony-blinken", Slug("Antony Blinken"))
	assert.Equal(t, "turkiye", Slug("Türkiye"))
	assert.Equal(t, "us", Slug("U.S."))
	assert.Equal(t, "mohammed-bin-abdulrahman-al-thani", Slug("Mohammed bin Abdulrahman Al-Thani"))
	assert.Equal(t, "entity", Slug("—"))
}

// nameDoc builds an article whose names are given directly, one
// paragraph per name, to test linking without the model.
func nameDoc(names ...struct {
	text string
	l    label
}) *artDoc {
	var paras []string
	for _, n := range names {
		paras = append(paras, n.text)
	}
	doc := ruleDoc("", paras...)
	for p := range paras {
		from, to := -1, -1
		for k := range doc.toks {
			if doc.para[k] == p {
				if from < 0 {
					from = k
				}
				to = k + 1
			}
		}
		doc.names = append(doc.names, span{from, to, names[p].l})
	}
	return doc
}

type nl = struct {
	text string
	l    label
}

func TestLink(t *testing.T) {
	docs := []*artDoc{
		nameDoc(nl{"Antony Blinken", labelPER}, nl{"Blinken", labelPER}, nl{"Türkiye", labelLOC}, nl{"U.S.", labelLOC},
			nl{"United Nations Relief and Works Agency", labelORG}, nl{"UNRWA", labelORG}),
		nameDoc(nl{"Blinken", labelPER}, nl{"Turkey", labelLOC}, nl{"United States", labelLOC}, nl{"Sisi", labelPER}, nl{"UNRWA", labelORG}),
		nameDoc(nl{"Abdel Fatah El-Sisi", labelPER}, nl{"US", labelLOC}, nl{"Jordan", labelLOC}, nl{"Jordan", labelLOC}),
		nameDoc(nl{"Jordan", labelPER}),
	}
	ents, ids := link(docs)
	assert.Equal(t, []string{"antony-blinken", "antony-blinken", "turkey", "united-states",
		"unrwa", "unrwa"}, ids[0], "an acronym and its expansion are one entity, named as written most")
	assert.Equal(t, []string{"antony-blinken", "turkey", "united-states", "abdel-fatah-el-sisi", "unrwa"}, ids[1])
	assert.Equal(t, []string{"abdel-fatah-el-sisi", "united-states", "jordan", "jordan"}, ids[2])
	assert.Equal(t, []string{"jordan-person"}, ids[3], "same name, other type: another entity")
	b := ents["antony-blinken"]
	if assert.NotNil(t, b) {
		assert.Equal(t, "Antony Blinken", b.Name)
		assert.Equal(t, corpus.Person, b.Type)
		assert.Equal(t, []string{"Blinken"}, b.Aliases)
	}
	assert.Equal(t, corpus.Place, ents["jordan"].Type)
	assert.ElementsMatch(t, []string{"Türkiye"}, ents["turkey"].Aliases)
}

func TestLinkCuratedAliases(t *testing.T) {
	docs := []*artDoc{
		nameDoc(nl{"Tories", labelORG}, nl{"Conservatives", labelORG}, nl{"Lib Dems", labelORG}),
		nameDoc(nl{"Conservative Party", labelORG}, nl{"Liberal Democrats", labelORG}),
	}
	_, ids := link(docs)
	assert.Equal(t, []string{"conservative-party", "conservative-party", "liberal-democrats"}, ids[0])
	assert.Equal(t, []string{"conservative-party", "liberal-democrats"}, ids[1])
}
