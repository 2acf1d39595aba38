package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStem(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  string
	}{
		{"plural", []string{"hostages", "hostage", "hostage's", "hostages'"}, "hostag"},
		{"ies", []string{"casualties", "casualty"}, "casualti"},
		{"ed and ing", []string{"killed", "killing", "kills", "kill"}, "kill"},
		{"final e and -al", []string{"proposed", "propose", "proposes", "proposing", "proposal", "proposals"}, "propos"},
		{"doubled consonant", []string{"stopped", "stopping", "stop"}, "stop"},
		{"ied", []string{"denied", "deny", "denies"}, "deni"},
		{"es after sibilant", []string{"churches", "church"}, "church"},
		{"ss stays", []string{"press", "presses"}, "press"},
		{"is stays", []string{"crisis"}, "crisis"},
		{"short -ing word stays", []string{"thing"}, "thing"},
		{"ly", []string{"rapidly", "rapid"}, "rapid"},
		{"numbers", []string{"27,585"}, "27,585"},
		{"non-ASCII as is", []string{"türkiye"}, "türkiye"},
		{"stop words", []string{"the", "said", "also", "a"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, w := range tt.words {
				assert.Equal(t, tt.want, stem(w), w)
			}
		})
	}
}
