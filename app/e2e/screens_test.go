package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"diptych/corpus"
)

// TestScreenshots saves screenshots of the search, article and entity
// views, at 1280 and 390 pixels wide, in the light and the dark theme, into
// $DIPTYCH_SCREENS (skipped when it is not set). They are for people to
// look at; the test only checks that each one was taken.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("DIPTYCH_SCREENS")
	if dir == "" {
		t.Skip("set DIPTYCH_SCREENS to a directory to save screenshots")
	}
	require.NoError(t, os.MkdirAll(dir, 0o755))
	ix := loadIndex(t)
	a := richestArticle(ix)
	person := topEntity(t, ix, corpus.Person)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	pages := []struct {
		name, path, ready string
		setup             func(t *testing.T, b *browser)
	}{
		{"home", "/", `document.querySelector('#overview') !== null`, nil},
		{"search", "/search?q=hostages", `document.querySelectorAll('#results .result').length > 0`, nil},
		{"article", "/article/" + a.ID + "?q=hostages", `document.querySelector('article .body .ent') !== null`, func(t *testing.T, b *browser) {
			b.run(t, "open the panel", chromedp.Click(`.body .ent[data-entity]`))
			b.waitFor(t, "the panel", `document.querySelector('#entity-panel') !== null`)
		}},
		{"entity", "/entity/" + person.ID, `document.querySelector('.entity h1') !== null`, nil},
	}
	sizes := []struct {
		name          string
		width, height int64
		mobile        bool
	}{{"desktop", 1280, 900, false}, {"phone", 390, 844, true}}
	for _, size := range sizes {
		for _, theme := range []string{"light", "dark"} {
			for _, p := range pages {
				_, err := chromedp.Call(b.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
					Width: size.width, Height: size.height, DeviceScaleFactor: 1, Mobile: size.mobile,
				})
				require.NoError(t, err)
				open(t, b, srv, p.path)
				setTheme(t, b, theme)
				b.waitFor(t, p.name, p.ready)
				if p.setup != nil {
					p.setup(t, b)
				}
				ctx := b.ctx
				png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
				require.NoError(t, err)
				out := filepath.Join(dir, p.name+"-"+size.name+"-"+theme+".png")
				require.NoError(t, os.WriteFile(out, png, 0o644))
				t.Logf("saved %s", out)
			}
		}
	}
}
