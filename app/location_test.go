package main

import (
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEscapeStrayPercents(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"no escapes", "http://h/article/a", "http://h/article/a"},
		{"valid escapes kept", "http://h/article/a%2Fb?q=%E6%B8%AF", "http://h/article/a%2Fb?q=%E6%B8%AF"},
		{"not hex", "http://h/article/%zz", "http://h/article/%25zz"},
		{"truncated", "http://h/article/%E0%A4%A", "http://h/article/%E0%A4%25A"},
		{"at the end", "http://h/a%", "http://h/a%25"},
		{"in the fragment", "http://h/#%x", "http://h/#%25x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := escapeStrayPercents(tc.in)
			assert.Equal(t, tc.want, got)
			u, err := url.Parse(got)
			require.NoError(t, err)
			if tc.name == "not hex" {
				assert.Equal(t, []string{"%zz"}, parseRoute(u).ids, "the route names what was asked")
			}
		})
	}
}
