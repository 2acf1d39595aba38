package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		isNumber bool
		want     string
	}{
		{"already folded", "gaza", false, "gaza"},
		{"upper case", "GAZA", false, "gaza"},
		{"diacritics", "Türkiye", false, "turkiye"},
		{"accent", "Café", false, "cafe"},
		{"curly possessive", "Hamas’s", false, "hamas"},
		{"plain possessive", "Israel's", false, "israel"},
		{"plural possessive", "leaders’", false, "leaders"},
		{"contraction", "don't", false, "dont"},
		{"abbreviation", "U.S", false, "us"},
		{"thousands", "27,585", true, "27585"},
		{"decimal", "3.5", true, "3.5"},
		{"sharp s", "Straße", false, "strasse"},
		{"stroke", "Łódź", false, "lodz"},
		{"greek lower", "ΑΘΗΝΑ", false, "αθηνα"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Fold(tt.in, tt.isNumber))
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plural", "negotiations", "negoti"},
		{"verb", "negotiating", "negoti"},
		{"stop word kept", "the", "the"},
		{"number kept", "2024", "2024"},
		{"name", "netanyahu", "netanyahu"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Stem(tt.in))
		})
	}
}
