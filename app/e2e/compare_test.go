package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
	"diptych/corpus"
	"diptych/corpus/index"
)

// seedArticle returns the seed article loaded from the file with the given
// number ("002").
func seedArticle(t *testing.T, ix *index.Index, num string) *corpus.Article {
	t.Helper()
	for i := range ix.Articles {
		if strings.HasPrefix(filepath.Base(ix.Articles[i].File), num+"_") {
			return &ix.Articles[i]
		}
	}
	t.Fatalf("no seed article %s in the index", num)
	return nil
}

// nativeComparison compares two articles of ix exactly as the app does.
func nativeComparison(ix *index.Index, l, r *corpus.Article) *compare.Comparison {
	pos := func(id string) int {
		for i := range ix.Articles {
			if ix.Articles[i].ID == id {
				return i
			}
		}
		return -1
	}
	ld, rd := compare.StoredDoc(ix, pos(l.ID)), compare.StoredDoc(ix, pos(r.ID))
	return compare.Compare(l, r, compare.Options{
		Entities: func(id string) (corpus.Entity, bool) {
			e, ok := ix.Entity(id)
			if !ok {
				return corpus.Entity{}, false
			}
			return *e, true
		},
		LeftDoc: &ld, RightDoc: &rd,
	})
}

// texts evaluates a selector to the trimmed text of every match.
func texts(t *testing.T, b *browser, selector string) []string {
	t.Helper()
	return eval[[]string](t, b, `Array.from(document.querySelectorAll(`+strconv.Quote(selector)+`)).map(e => e.textContent.trim())`)
}

// compareMeasures returns the durations of the app's comparisons so far.
func compareMeasures(t *testing.T, b *browser) []float64 {
	return eval[[]float64](t, b, `performance.getEntriesByName("diptych:compare").map(e => e.duration)`)
}

// screenshot saves a full-page PNG to $DIPTYCH_SCREENS/name.png when that
// variable names a directory (the closing note's screenshots).
func screenshot(t *testing.T, b *browser, name string) {
	t.Helper()
	dir := os.Getenv("DIPTYCH_SCREENS")
	if dir == "" {
		return
	}
	shot := func(suffix string, a chromedp.Action[[]byte]) {
		img, err := chromedp.Run(b.ctx, a)
		require.NoError(t, err, "screenshot %s%s", name, suffix)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name+suffix+".png"), img, 0o644))
	}
	y := eval[float64](t, b, `window.scrollY`)
	shot("-view", chromedp.CaptureScreenshot())
	eval[any](t, b, `window.scrollTo(0, 0) || 0`)
	shot("-top", chromedp.CaptureScreenshot())
	shot("", chromedp.FullScreenshot(100))
	eval[any](t, b, `window.scrollTo(0, `+strconv.FormatFloat(y, 'f', 0, 64)+`) || 0`)
}

// TestCompare opens comparison deep links directly (online, then offline),
// and checks the aligned rows, the chips, the URL state, swapping, the
// side picker and the story matrix against the engine run natively.
func TestCompare(t *testing.T) {
	ix := loadIndex(t)
	l, r := seedArticle(t, ix, "002"), seedArticle(t, ix, "004")
	want := nativeComparison(ix, l, r)
	require.NotEmpty(t, want.Entities.Shared)
	rafah := ""
	for _, e := range want.Entities.Shared {
		if e.Name == "Rafah" {
			rafah = e.ID
		}
	}
	require.NotEmpty(t, rafah, "002 and 004 both mention Rafah")
	focus := -1
	for i, s := range want.Left.Sentences {
		if s.Partner >= 0 {
			focus = i
			break
		}
	}
	require.GreaterOrEqual(t, focus, 0, "002 and 004 share a sentence")
	partner := want.Left.Sentences[focus].Partner
	kinds := map[compare.RowKind]int{}
	for _, row := range want.Rows {
		kinds[row.Kind]++
	}

	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	deep := "/compare/" + l.ID + "/" + r.ID + "?entity=" + rafah + "&s=L" + strconv.Itoa(focus)

	// A deep link opened cold: the sides, the rows, the chips and the
	// focused sentence all come from the URL.
	b.run(t, "open a deep link", chromedp.Navigate(srv.url(deep)))
	b.waitFor(t, "the rows", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length === `+strconv.Itoa(len(want.Rows)))
	b.waitFor(t, "the view state from the URL", `document.querySelector('.chip[aria-current]') !== null && document.getElementById('L`+strconv.Itoa(focus)+`').classList.contains('active')`)
	assert.Equal(t, []string{l.Title, r.Title}, texts(t, b, `[data-client="true"] .compare .column h2`))
	assert.Equal(t, kinds[compare.Aligned], eval[int](t, b, `document.querySelectorAll('.rows .row.aligned').length`), "aligned rows")
	assert.Equal(t, kinds[compare.OnlyLeft], eval[int](t, b, `document.querySelectorAll('.rows .row.only-left').length`), "only-left rows")
	assert.Equal(t, kinds[compare.OnlyRight], eval[int](t, b, `document.querySelectorAll('.rows .row.only-right').length`), "only-right rows")
	firstAligned := -1
	for i, row := range want.Rows {
		if row.Kind == compare.Aligned {
			firstAligned = i
			break
		}
	}
	require.GreaterOrEqual(t, firstAligned, 0)
	row := want.Rows[firstAligned]
	sentence := func(a *corpus.Article, s compare.Sentence) string { return a.Paragraphs[s.Para][s.Start:s.End] }
	assert.Equal(t, []string{sentence(l, want.Left.Sentences[row.Left]), sentence(r, want.Right.Sentences[row.Right])},
		texts(t, b, `.rows .row.aligned:nth-child(`+strconv.Itoa(firstAligned+1)+`) .sentence`), "an aligned row holds the pair, left then right")
	assert.Positive(t, eval[int](t, b, `document.querySelectorAll('.rows .row.aligned .m-diff').length`), "the word diff is marked")

	var names []string
	for _, e := range want.Entities.Shared {
		names = append(names, e.Name)
	}
	assert.Equal(t, names, texts(t, b, `.chip-group.shared .chip .name`), "shared chips")
	assert.Equal(t, len(want.Entities.OnlyLeft), eval[int](t, b, `document.querySelectorAll('.chip-group.only-left .chip').length`))
	assert.Equal(t, len(want.Entities.OnlyRight), eval[int](t, b, `document.querySelectorAll('.chip-group.only-right .chip').length`))
	assert.Equal(t, []string{"Rafah"}, texts(t, b, `.chip[aria-current] .name`), "the chip from the URL is selected")
	assert.Positive(t, eval[int](t, b, `document.querySelectorAll('.cell.left mark.m-sel').length`), "Rafah highlighted on the left")
	assert.Positive(t, eval[int](t, b, `document.querySelectorAll('.cell.right mark.m-sel').length`), "Rafah highlighted on the right")
	assert.True(t, eval[bool](t, b, `document.getElementById('L`+strconv.Itoa(focus)+`').classList.contains('active')`), "the focused sentence from the URL")
	assert.True(t, eval[bool](t, b, `document.getElementById('R`+strconv.Itoa(partner)+`').classList.contains('partner')`), "its partner is highlighted")

	// Figures and quotes, side by side.
	assert.Equal(t, len(want.Figures.Pairs)+len(want.Figures.OnlyLeft)+len(want.Figures.OnlyRight),
		eval[int](t, b, `document.querySelectorAll('.figures tbody tr').length`), "one figure row per pair or lone figure")
	quotes := eval[[]string](t, b, `Array.from(document.querySelectorAll('.quotes tbody tr')).map(tr => Array.from(tr.children).map(c => c.textContent).join(" | "))`)
	assert.Len(t, quotes, len(want.Quotes))
	var victory []string
	for _, q := range quotes {
		if strings.Contains(q, "total victory") {
			victory = append(victory, q)
		}
	}
	require.Len(t, victory, 1, "one speaker row quotes “total victory”")
	cells := strings.Split(victory[0], " | ")
	require.Len(t, cells, 3)
	assert.NotContains(t, cells[1], "total victory", "002 (left) does not quote it")
	assert.Contains(t, cells[2], "total victory", "004 (right) does")

	// Focusing a sentence moves the highlight and records it in the URL
	// without a history entry.
	hist := eval[int](t, b, `history.length`)
	b.run(t, "focus L0", chromedp.Focus(chromedp.ID("L0")))
	b.waitFor(t, "the URL to follow the focus", `new URLSearchParams(location.search).get('s') === 'L0'`)
	assert.Equal(t, hist, eval[int](t, b, `history.length`), "focus replaces the URL")
	assert.Equal(t, rafah, eval[string](t, b, `new URLSearchParams(location.search).get('entity')`), "the entity stays in the URL")
	assert.True(t, eval[bool](t, b, `document.getElementById('L0').classList.contains('active')`))
	screenshot(t, b, "compare-desktop")

	// Choosing a chip again clears it.
	b.run(t, "clear Rafah", chromedp.Click(chromedp.CSS(`.chip[aria-current]`)))
	b.waitFor(t, "no entity", `document.querySelectorAll('mark.m-sel').length === 0 && new URLSearchParams(location.search).get('entity') === null`)

	// Swap.
	b.run(t, "swap", chromedp.Click(chromedp.CSS(`.swap`)))
	b.waitFor(t, "swapped sides", `document.querySelector('.compare .column.left h2').textContent === `+strconv.Quote(r.Title))
	assert.Equal(t, "/compare/"+r.ID+"/"+l.ID, eval[string](t, b, `location.pathname`))
	assert.Equal(t, "R0", eval[string](t, b, `new URLSearchParams(location.search).get('s')`), "the focus follows its sentence across the swap")
	swapped := nativeComparison(ix, r, l)
	b.waitFor(t, "the swapped rows", `document.querySelectorAll('.rows .row').length === `+strconv.Itoa(len(swapped.Rows)))

	// The side picker lists articles most similar to the other side first.
	picks := eval[[]string](t, b, `Array.from(document.querySelectorAll('.column.right .picker li a')).map(a => new URL(a.href).pathname)`)
	require.NotEmpty(t, picks)
	rel := ix.Related[indexOf(ix, r.ID)]
	require.NotEmpty(t, rel)
	assert.Equal(t, "/compare/"+r.ID+"/"+ix.Articles[rel[0]].ID, picks[0], "the most related article first")

	// The story: every cell off the diagonal links to its comparison.
	n := len(ix.Articles)
	b.run(t, "open the story", chromedp.Navigate(srv.url("/story")))
	b.waitFor(t, "the matrix", `document.querySelectorAll('[data-client="true"] .matrix td a').length === `+strconv.Itoa(n*(n-1)))
	assert.Equal(t, n, eval[int](t, b, `document.querySelectorAll('.time-line li').length`))
	screenshot(t, b, "story-desktop")
	cell := eval[string](t, b, `document.querySelector('.matrix tbody tr:nth-child(1) td:nth-of-type(2) a').getAttribute('href')`)
	assert.True(t, strings.HasPrefix(cell, "/compare/"), "a matrix cell links to a comparison: %s", cell)
	b.run(t, "open a cell", chromedp.Click(chromedp.CSS(`.matrix tbody tr:nth-child(1) td:nth-of-type(2) a`)))
	b.waitFor(t, "the comparison from the matrix", `location.pathname === `+strconv.Quote(cell)+` && document.querySelectorAll('.compare .rows .row').length > 0`)

	// Phone: the columns stack, each row keeps its pair.
	_, err := chromedp.Call(b.ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{Width: 390, Height: 844, DeviceScaleFactor: 1, Mobile: true})
	require.NoError(t, err)
	b.run(t, "phone deep link", chromedp.Navigate(srv.url(deep)))
	b.waitFor(t, "the rows on a phone", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length === `+strconv.Itoa(len(want.Rows)))
	cols := eval[string](t, b, `getComputedStyle(document.querySelector('.rows .row.aligned')).gridTemplateColumns`)
	assert.NotContains(t, strings.TrimSpace(cols), " ", "one column per row on a phone: %s", cols)
	assert.LessOrEqual(t, eval[int](t, b, `document.documentElement.scrollWidth`), 390, "nothing overflows the phone's width")
	screenshot(t, b, "compare-phone")
	b.run(t, "phone story", chromedp.Navigate(srv.url("/story")))
	b.waitFor(t, "the phone story", `document.querySelectorAll('[data-client="true"] .matrix td a').length > 0`)
	assert.LessOrEqual(t, eval[int](t, b, `document.documentElement.scrollWidth`), 390, "the matrix scrolls inside its box on a phone")
	screenshot(t, b, "story-phone")
	_, err = chromedp.Call(b.ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
	require.NoError(t, err)

	// Accessibility, light and dark.
	axe := axeSource(t)
	for _, scheme := range []string{"light", "dark"} {
		for _, p := range []string{deep, "/story"} {
			b.run(t, "open "+p, chromedp.Navigate(srv.url(p)))
			setTheme(t, b, scheme)
			b.waitFor(t, p, `document.querySelector('[data-client="true"] .compare .rows, [data-client="true"] .matrix') !== null`)
			for _, v := range runAxe(t, b, axe) {
				t.Errorf("axe (%s, %s): %s: %s (%d nodes) %s", scheme, p, v.ID, v.Help, len(v.Nodes), jsonText(v.Nodes))
			}
		}
	}
	b.run(t, "dark deep link", chromedp.Navigate(srv.url(deep)))
	b.waitFor(t, "the dark rows", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length > 0`)
	screenshot(t, b, "compare-dark")
	setTheme(t, b, "light")
	b.assertClean(t, false)

	// Offline: a comparison never opened, straight from its link.
	b.waitFor(t, "a controlling service worker", `navigator.serviceWorker.controller !== null`)
	srv.stop()
	other := seedArticle(t, ix, "000")
	offline := nativeComparison(ix, other, l)
	b.run(t, "offline deep link", chromedp.Navigate(srv.url("/compare/"+other.ID+"/"+l.ID+"?s=R1")))
	b.waitFor(t, "the offline rows", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length === `+strconv.Itoa(len(offline.Rows)))
	b.waitFor(t, "the focused sentence offline", `document.getElementById('R1').classList.contains('active')`)
	b.run(t, "offline story", chromedp.Navigate(srv.url("/compare")))
	b.waitFor(t, "the offline matrix", `document.querySelectorAll('[data-client="true"] .matrix td a').length === `+strconv.Itoa(n*(n-1)))
	b.assertClean(t, true)
}

// TestCompareTiming logs how long the app's comparisons take in the
// browser: the first after the page loads and later ones (no assertion on
// time: see the issue note).
func TestCompareTiming(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	ids := make([]string, len(ix.Articles))
	for i := range ix.Articles {
		ids[i] = ix.Articles[i].ID
	}
	var words []int
	for _, a := range ix.Articles {
		words = append(words, nativeComparison(ix, &a, &a).Left.Words)
	}
	b.run(t, "open a comparison", chromedp.Navigate(srv.url("/compare/"+ids[0]+"/"+ids[1])))
	b.waitFor(t, "the rows", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length > 0`)
	// Navigate inside the app (a click), so later comparisons run in the
	// same page and session.
	for i := 0; i < len(ids); i++ {
		for j := 0; j < len(ids); j++ {
			if i == j || (i == 0 && j == 1) {
				continue
			}
			path := "/compare/" + ids[i] + "/" + ids[j]
			eval[any](t, b, `(() => { const a = document.createElement('a'); a.href = `+strconv.Quote(path)+`; a.textContent = 'x'; document.querySelector('main').append(a); a.click(); return 0; })()`)
			b.waitFor(t, path, `location.pathname === `+strconv.Quote(path)+` && document.querySelector('.compare .column.right h2 a').getAttribute('href') === `+strconv.Quote("/article/"+ids[j]))
		}
	}
	ms := compareMeasures(t, b)
	require.Len(t, ms, len(ids)*(len(ids)-1), "one measure per comparison")
	t.Logf("article words: %v", words)
	t.Logf("comparison times in the browser (ms), first after load first: %v", ms)
}

func indexOf(ix *index.Index, id string) int {
	for i := range ix.Articles {
		if ix.Articles[i].ID == id {
			return i
		}
	}
	return -1
}

// TestCompareHandlersFollowThePair moves from one comparison to another
// inside the app and then focuses sentences: each must put its own id in
// the URL. go-app keeps an element's old event handler when the new one
// comes from the same function literal, so a handler that captured its
// sentence would name the sentence of the previous comparison's row.
func TestCompareHandlersFollowThePair(t *testing.T) {
	ix := loadIndex(t)
	require.GreaterOrEqual(t, len(ix.Articles), 4)
	ids := make([]string, len(ix.Articles))
	for i := range ix.Articles {
		ids[i] = ix.Articles[i].ID
	}
	b := newBrowser(t)
	// Focus events fire only in a focused page; a headless tab is not one.
	_, err := chromedp.Call(b.ctx, emulation.SetFocusEmulationEnabled, emulation.SetFocusEmulationEnabledParams{Enabled: true})
	require.NoError(t, err, "focus emulation")
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	b.run(t, "open a comparison", chromedp.Navigate(srv.url("/compare/"+ids[0]+"/"+ids[1])))
	b.waitFor(t, "the rows", `document.querySelectorAll('[data-client="true"] .compare .rows .row').length > 0`)
	const focused = `(new URLSearchParams(location.search).get("s") || "")`
	first := eval[[]string](t, b, `Array.from(document.querySelectorAll('.compare .rows p[id]')).map(p => p.id)`)
	focusEach := func(sentences []string) {
		for _, id := range sentences {
			before := eval[string](t, b, focused)
			b.run(t, "focus "+id, chromedp.Focus(chromedp.ID(id)))
			b.waitFor(t, "the URL after focusing "+id, focused+` !== `+strconv.Quote(before))
			assert.Equal(t, id, eval[string](t, b, focused), "focusing sentence %s", id)
		}
	}
	focusEach(first[:min(len(first), 6)])

	path := "/compare/" + ids[2] + "/" + ids[3]
	eval[any](t, b, `(() => { const a = document.createElement('a'); a.href = `+strconv.Quote(path)+`; a.textContent = 'x'; document.querySelector('main').append(a); a.click(); return 0; })()`)
	b.waitFor(t, path, `location.pathname === `+strconv.Quote(path)+` && document.querySelector('.compare .column.right h2 a').getAttribute('href') === `+strconv.Quote("/article/"+ids[3]))
	second := eval[[]string](t, b, `Array.from(document.querySelectorAll('.compare .rows p[id]')).map(p => p.id)`)
	require.NotEqual(t, first, second, "the two comparisons order their sentences differently")
	focusEach(second[:min(len(second), 16)])
	b.assertClean(t, true)
}
