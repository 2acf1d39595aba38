package e2e

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// axeSource reads axe-core as installed by `npm ci --prefix app/e2e`
// (version pinned in package.json and package-lock.json).
func axeSource(t *testing.T) string {
	t.Helper()
	p := filepath.Join(root, "app", "e2e", "node_modules", "axe-core", "axe.min.js")
	src, err := os.ReadFile(p)
	require.NoError(t, err, "axe-core is missing: run `npm ci --prefix app/e2e` (make browser-test does)")
	return string(src)
}

// setTheme makes the page's prefers-color-scheme light or dark.
func setTheme(t *testing.T, b *browser, theme string) {
	t.Helper()
	_, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: theme}},
	})
	require.NoError(t, err, "emulate %s theme", theme)
	require.True(t, eval[bool](t, b, `matchMedia('(prefers-color-scheme: `+theme+`)').matches`), "the %s theme is on", theme)
}

// axeViolation is the part of an axe-core violation a failure reports.
type axeViolation struct {
	ID    string `json:"id"`
	Help  string `json:"help"`
	Nodes []struct {
		Target  []any  `json:"target"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// runAxe injects axe-core into the page and returns its violations.
func runAxe(t *testing.T, b *browser, src string) []axeViolation {
	t.Helper()
	if !eval[bool](t, b, `typeof window.axe !== 'undefined'`) {
		eval[any](t, b, src+";0")
	}
	raw := eval[string](t, b, `axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(r.violations))`)
	var out []axeViolation
	require.NoError(t, json.Unmarshal([]byte(raw), &out))
	return out
}

// TestAccessibility runs axe-core on the search view (empty and with a
// query), an article with its entities shown and its panel open, and an
// entity page, in the light and the dark theme: no violations allowed.
func TestAccessibility(t *testing.T) {
	ix := loadIndex(t)
	src := axeSource(t)
	a := richestArticle(ix)
	person := topEntity(t, ix, corpus.Person)
	pages := []struct {
		name, path, ready string
		setup             func(t *testing.T, b *browser)
	}{
		{"home", "/", `document.querySelector('#overview') !== null`, nil},
		{"search", "/search?q=ceasefire&place=" + topEntity(t, ix, corpus.Place).ID, `document.querySelectorAll('#results .result').length > 0`, nil},
		{"article", "/article/" + a.ID + "?q=ceasefire", `document.querySelector('article .body .ent') !== null`, func(t *testing.T, b *browser) {
			b.run(t, "labels on", chromedp.Click("#show-labels"))
			b.run(t, "open the panel", chromedp.Click(`.body .ent[data-entity]`))
			b.waitFor(t, "the panel", `document.querySelector('#entity-panel') !== null`)
		}},
		{"entity", "/entity/" + person.ID, `document.querySelector('.entity h1') !== null`, nil},
		{"not found", "/entity/nobody-at-all", `document.querySelector('.not-found') !== null`, nil},
	}
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	for _, theme := range []string{"light", "dark"} {
		for _, p := range pages {
			t.Run(theme+"/"+p.name, func(t *testing.T) {
				open(t, b, srv, p.path)
				setTheme(t, b, theme)
				b.waitFor(t, p.name, p.ready)
				if p.setup != nil {
					p.setup(t, b)
				}
				vs := runAxe(t, b, src)
				for _, v := range vs {
					var where []string
					for _, n := range v.Nodes {
						where = append(where, strings.TrimSpace(strings.ReplaceAll(n.Summary, "\n", " "))+" @ "+jsonText(n.Target))
					}
					t.Errorf("axe %s: %s (%d nodes):\n  %s", v.ID, v.Help, len(v.Nodes), strings.Join(where[:min(len(where), 5)], "\n  "))
				}
			})
		}
	}
	b.assertClean(t, false)
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
