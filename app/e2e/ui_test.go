package e2e

import (
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"diptych/app/compare"
	"diptych/corpus"
	"diptych/corpus/index"
)

// The reader's interface in a real browser, on the corpus the app embeds
// (the seed articles under `make test`): search as you type, facets in the
// URL, the keyboard flow, articles with highlighted entities and the entity
// panel, entity pages, sharing, page titles, not-found pages, deep links and
// back/forward navigation. Expected values are computed from the index file
// without the app's code.

// topEntity returns the entity of type typ mentioned in the most articles
// (ties: most mentions, then id).
func topEntity(t *testing.T, ix *index.Index, typ corpus.EntityType) corpus.Entity {
	t.Helper()
	arts, mentions := map[string]int{}, map[string]int{}
	for _, a := range ix.Articles {
		seen := map[string]bool{}
		for _, m := range a.Mentions {
			if m.Type != typ || m.Entity == "" {
				continue
			}
			mentions[m.Entity]++
			if !seen[m.Entity] {
				seen[m.Entity] = true
				arts[m.Entity]++
			}
		}
	}
	var ids []string
	for id := range arts {
		ids = append(ids, id)
	}
	require.NotEmpty(t, ids, "the corpus must mention a %v", typ)
	sort.Slice(ids, func(i, j int) bool {
		a, b := ids[i], ids[j]
		if arts[a] != arts[b] {
			return arts[a] > arts[b]
		}
		if mentions[a] != mentions[b] {
			return mentions[a] > mentions[b]
		}
		return a < b
	})
	e, ok := ix.Entity(ids[0])
	require.True(t, ok, "entity %s is in the index", ids[0])
	return *e
}

// articlesMentioning returns the articles that mention entity id.
func articlesMentioning(ix *index.Index, id string) []corpus.Article {
	var out []corpus.Article
	for _, a := range ix.Articles {
		for _, m := range a.Mentions {
			if m.Entity == id {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// richestArticle returns the article with the most mentions, quotes and
// figures together.
func richestArticle(ix *index.Index) corpus.Article {
	best := ix.Articles[0]
	for _, a := range ix.Articles {
		if len(a.Mentions)+len(a.Quotes)+len(a.Figures) > len(best.Mentions)+len(best.Quotes)+len(best.Figures) {
			best = a
		}
	}
	return best
}

func pathAndQuery(t *testing.T, b *browser) string {
	return eval[string](t, b, `location.pathname + location.search`)
}

// open navigates to path and waits for the client to render it.
func open(t *testing.T, b *browser, srv *server, path string) {
	t.Helper()
	b.run(t, "open "+path, chromedp.Navigate(srv.url(path)))
	b.waitClient(t)
}

// TestSearchKeyboardFlow: "/" focuses the box, typing searches, the arrows
// move through the results, Enter opens one with the matches highlighted;
// back returns to the results and forward to the article.
func TestSearchKeyboardFlow(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	open(t, b, srv, "/")

	assert.True(t, eval[bool](t, b, `document.querySelector('#overview') !== null`), "the overview shows with no query")
	assert.Equal(t, len(ix.Articles), eval[int](t, b, `document.querySelectorAll('#results .result').length`))
	assert.Positive(t, eval[int](t, b, `document.querySelectorAll('#results .result .entity-chips .entity-chip').length`), "results show their main entities")

	pressShortcut(t, b, "/", "Slash", 191)
	b.waitFor(t, "the box to have the focus", `document.activeElement && document.activeElement.id === 'q'`)
	assert.Equal(t, "", eval[string](t, b, `document.querySelector('#q').value`), "the / is not typed into the box")

	word := "hostages"
	want := mentioning(ix, word[:len(word)-1])
	require.NotEmpty(t, want)
	b.run(t, "type "+word, chromedp.KeyEvent(word))
	// The URL follows each key at once; the status tells the results of
	// the last key are on screen.
	b.waitFor(t, "the results", `location.search === '?q=`+word+`' && document.querySelector('#status').textContent.includes('“`+word+`”') && document.querySelectorAll('#results .result').length > 0`)
	assert.Positive(t, eval[int](t, b, `document.querySelectorAll('#results .snippet mark').length`), "snippets mark the matched words")
	assert.Equal(t, word+" · Search · Diptych", eval[string](t, b, `document.title`))

	b.run(t, "arrow down", chromedp.KeyEvent(kb.ArrowDown))
	b.waitFor(t, "the first result focused", `document.activeElement.dataset.index === '0'`)
	if eval[int](t, b, `document.querySelectorAll('#results .result-title').length`) > 1 {
		b.run(t, "arrow down", chromedp.KeyEvent(kb.ArrowDown))
		b.waitFor(t, "the second result focused", `document.activeElement.dataset.index === '1'`)
		b.run(t, "arrow up", chromedp.KeyEvent(kb.ArrowUp))
		b.waitFor(t, "the first result focused again", `document.activeElement.dataset.index === '0'`)
	}
	b.run(t, "arrow up", chromedp.KeyEvent(kb.ArrowUp))
	b.waitFor(t, "the box focused again", `document.activeElement.id === 'q'`)
	b.run(t, "arrow down", chromedp.KeyEvent(kb.ArrowDown))
	b.waitFor(t, "the first result focused", `document.activeElement.dataset.index === '0'`)
	first := eval[string](t, b, `document.activeElement.textContent`)

	b.run(t, "Enter", chromedp.KeyEvent(kb.Enter))
	b.waitFor(t, "the article", `document.querySelector('[data-client="true"] article h1') !== null && location.pathname.startsWith('/article/')`)
	assert.Equal(t, first, eval[string](t, b, `document.querySelector('article h1').textContent`))
	assert.Equal(t, "?q="+word, eval[string](t, b, `location.search`))
	b.waitFor(t, "the first match marked", `document.querySelector('#m-0.current') !== null`)
	n := eval[int](t, b, `document.querySelectorAll('mark.match').length`)
	require.Positive(t, n, "the article marks the search matches")
	assert.Contains(t, eval[string](t, b, `document.querySelector('#match-status').textContent`), "1 of ")
	if n > 1 {
		b.run(t, "next match", chromedp.Click("#next-match"))
		b.waitFor(t, "the second match current", `document.querySelector('#m-1.current') !== null`)
		b.run(t, "previous match", chromedp.Click("#prev-match"))
		b.waitFor(t, "the first match current", `document.querySelector('#m-0.current') !== null`)
		b.run(t, "previous wraps", chromedp.Click("#prev-match"))
		b.waitFor(t, "the last match current", `document.querySelector('#m-`+itoa(n-1)+`.current') !== null`)
	}

	b.run(t, "back", chromedp.NavigateBack())
	b.waitFor(t, "the results again", `location.pathname === '/search' && document.querySelectorAll('#results .result').length > 0`)
	assert.Equal(t, word, eval[string](t, b, `document.querySelector('#q').value`), "back restores the query in the box")
	b.run(t, "forward", chromedp.NavigateForward())
	b.waitFor(t, "the article again", `location.pathname.startsWith('/article/') && document.querySelector('article.article h1') !== null`)
	assert.Equal(t, first, eval[string](t, b, `document.querySelector('article h1').textContent`))
	b.assertClean(t, false)
}

// TestFacets: a deep link with a facet narrows the results; clicking
// facets changes the URL and the results; clearing them restores the
// search; back and forward walk through the facet states.
func TestFacets(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	person := topEntity(t, ix, corpus.Person)
	withPerson := articlesMentioning(ix, person.ID)

	path := "/search?person=" + url.QueryEscape(person.ID)
	open(t, b, srv, path)
	b.waitFor(t, "the narrowed results", `document.querySelectorAll('#results .result').length === `+itoa(len(withPerson)))
	var want []string
	for _, a := range withPerson {
		want = append(want, a.Title)
	}
	sort.Strings(want)
	assert.Equal(t, want, resultTitles(t, b))
	assert.Equal(t, person.Name, eval[string](t, b, `document.querySelector('.facet.on .facet-label').textContent`))
	assert.Equal(t, "true", eval[string](t, b, `document.querySelector('.facet.on').getAttribute('aria-current')`))
	assert.Equal(t, person.Name+" · Search · Diptych", eval[string](t, b, `document.title`))

	// Add an organisation facet by clicking it.
	org := topEntity(t, ix, corpus.Org)
	sel := `.facet[data-facet="org"][data-value="` + org.ID + `"]`
	require.True(t, eval[bool](t, b, `document.querySelector('`+sel+`') !== null`), "the organisation facet is offered")
	b.run(t, "click the organisation facet", chromedp.Click(sel))
	b.waitFor(t, "the URL with both facets", `location.search.includes('org=`+url.QueryEscape(org.ID)+`') && location.search.includes('person=')`)
	both := 0
	for _, a := range withPerson {
		for _, m := range a.Mentions {
			if m.Entity == org.ID {
				both++
				break
			}
		}
	}
	b.waitFor(t, "results with both", `document.querySelectorAll('#results .result').length === `+itoa(both))

	// Type a word: the facets stay in the URL.
	b.run(t, "type", chromedp.SendKeys("#q", "ceasefire"))
	b.waitFor(t, "the query in the URL and its results", `new URLSearchParams(location.search).get('q') === 'ceasefire' && document.querySelector('#status').textContent.includes('“ceasefire”')`)
	assert.Contains(t, pathAndQuery(t, b), "person="+url.QueryEscape(person.ID))
	// The counts follow the hits once the browser is idle: then the
	// panel is no longer busy and its links carry the new query.
	b.waitFor(t, "the counts for the new query", `document.querySelector('#facets').getAttribute('aria-busy') === 'false' && [...document.querySelectorAll('#facets a.facet')].every(a => new URL(a.href).searchParams.get('q') === 'ceasefire')`)

	// A month facet, when the corpus has dates.
	if eval[bool](t, b, `document.querySelector('.facet[data-facet="month"]') !== null`) {
		b.run(t, "click a month", chromedp.Click(`.facet[data-facet="month"]`))
		b.waitFor(t, "the month in the URL", `new URLSearchParams(location.search).get('month') !== null`)
		b.run(t, "back", chromedp.NavigateBack())
		b.waitFor(t, "no month", `new URLSearchParams(location.search).get('month') === null && location.search.includes('org=')`)
	}

	b.run(t, "clear filters", chromedp.Click("#clear-facets"))
	b.waitFor(t, "no facets", `location.pathname + location.search === '/search?q=ceasefire' && document.querySelector('.facet.on') === null && document.querySelector('#clear-facets') === null`)
	b.run(t, "back", chromedp.NavigateBack())
	b.waitFor(t, "the facets again", `location.search.includes('person=') && document.querySelector('.facet.on') !== null`)
	b.assertClean(t, false)
}

// TestArticleEntities: highlights by type with a legend whose switches
// work, quotes with their speaker, figures, the entity panel opened by
// click and by keyboard focus, its links, and the comparison links.
func TestArticleEntities(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	a := richestArticle(ix)
	require.NotEmpty(t, a.Mentions)

	open(t, b, srv, "/article/"+a.ID)
	b.waitFor(t, "the article", `document.querySelector('article.article h1') !== null`)
	assert.Equal(t, a.Title+" · Diptych", eval[string](t, b, `document.title`))
	assert.Equal(t, len(a.Paragraphs), eval[int](t, b, `document.querySelectorAll('article .body p').length`))

	persons := 0
	for _, m := range a.Mentions {
		if m.Type == corpus.Person {
			persons++
		}
	}
	assert.Equal(t, persons, eval[int](t, b, `document.querySelectorAll('.body .ent.t-person').length`), "every person mention is highlighted")
	assert.Equal(t, len(a.Quotes), eval[int](t, b, `document.querySelectorAll('.body .quote-by').length`), "every quote has its speaker tag")
	if len(a.Figures) > 0 {
		assert.GreaterOrEqual(t, eval[int](t, b, `document.querySelectorAll('.body .fig').length`), len(a.Figures))
	}
	// Type is told by more than colour: each type has its own underline
	// style and a written label (visually hidden until switched on).
	styles := eval[[]string](t, b, `['person','org','place'].map(k => { const e = document.querySelector('.body .ent.t-' + k); return e ? getComputedStyle(e).textDecorationStyle : k + ' missing'; })`)
	assert.Len(t, uniq(styles), 3, "each type has its own underline pattern: %v", styles)
	assert.Equal(t, "person", eval[string](t, b, `document.querySelector('.body .ent.t-person .ent-type').textContent`))

	// The legend switches a type off and on.
	bg := `getComputedStyle(document.querySelector('.body .ent.t-person')).backgroundColor`
	on := eval[string](t, b, bg)
	b.run(t, "switch people off", chromedp.Click("#show-person"))
	b.waitFor(t, "people hidden", `document.querySelector('.reader.hide-person') !== null`)
	assert.Equal(t, "rgba(0, 0, 0, 0)", eval[string](t, b, bg))
	b.run(t, "switch people on", chromedp.Click("#show-person"))
	b.waitFor(t, "people shown", `document.querySelector('.reader.hide-person') === null`)
	assert.Equal(t, on, eval[string](t, b, bg))
	b.run(t, "labels on", chromedp.Click("#show-labels"))
	b.waitFor(t, "labels shown", `getComputedStyle(document.querySelector('.body .ent-type')).position === 'static'`)

	// Click a person: the panel tells about it.
	first := a.Mentions[0]
	for _, m := range a.Mentions {
		if m.Type == corpus.Person && m.Entity != "" {
			first = m
			break
		}
	}
	ent, ok := ix.Entity(first.Entity)
	require.True(t, ok)
	b.run(t, "click the person", chromedp.Click(`.body .ent[data-entity="`+first.Entity+`"]`))
	b.waitFor(t, "the panel", `document.querySelector('#entity-panel #panel-name') !== null`)
	assert.Equal(t, ent.Name, eval[string](t, b, `document.querySelector('#panel-name').textContent`))
	here := 0
	for _, m := range a.Mentions {
		if m.Entity == first.Entity {
			here++
		}
	}
	assert.Contains(t, eval[string](t, b, `document.querySelector('#entity-panel .counts').textContent`), itoa(here)+" mention")
	assert.Equal(t, "/entity/"+first.Entity, eval[string](t, b, `new URL(document.querySelector('#panel-entity').href).pathname`))
	assert.Contains(t, eval[string](t, b, `document.querySelector('#panel-search').href`), "="+url.QueryEscape(first.Entity))
	others := len(articlesMentioning(ix, first.Entity)) - 1
	assert.Equal(t, min(others, 8), eval[int](t, b, `document.querySelectorAll('#entity-panel .panel-articles li').length`))

	// Focus another entity with the keyboard: the panel follows.
	var other corpus.Mention
	for _, m := range a.Mentions {
		if m.Entity != "" && m.Entity != first.Entity && (m.Type == corpus.Org || m.Type == corpus.Place) {
			other = m
			break
		}
	}
	if other.Entity != "" {
		oe, _ := ix.Entity(other.Entity)
		b.run(t, "focus another entity", chromedp.Focus(`.body .ent[data-entity="`+other.Entity+`"]`))
		b.waitFor(t, "the panel to follow", `document.querySelector('#panel-name').textContent === `+jsString(oe.Name))
	}
	if other.Entity != "" {
		// Escape closes the panel and leaves the focus on the mention.
		b.run(t, "Escape", chromedp.KeyEvent(kb.Escape))
		b.waitFor(t, "no panel", `document.querySelector('#entity-panel') === null`)
		b.waitFor(t, "the focus on the mention", `document.activeElement.dataset.entity === `+jsString(other.Entity))
		b.run(t, "reopen by click", chromedp.Click(`.body .ent[data-entity="`+first.Entity+`"]`))
		b.waitFor(t, "the panel", `document.querySelector('#panel-close') !== null`)
	}
	b.run(t, "close the panel", chromedp.Click("#panel-close"))
	b.waitFor(t, "no panel", `document.querySelector('#entity-panel') === null`)

	// The panel's entity link opens the entity page; back returns.
	b.run(t, "reopen the panel", chromedp.Click(`.body .ent[data-entity="`+first.Entity+`"]`))
	b.waitFor(t, "the panel", `document.querySelector('#panel-entity') !== null`)
	b.run(t, "open the entity page", chromedp.Click("#panel-entity"))
	b.waitFor(t, "the entity page", `location.pathname === '/entity/`+first.Entity+`' && document.querySelector('.entity h1') !== null`)
	assert.Equal(t, ent.Name, eval[string](t, b, `document.querySelector('.entity h1').textContent`))
	b.run(t, "back", chromedp.NavigateBack())
	b.waitFor(t, "the article again", `location.pathname === '/article/`+a.ID+`' && document.querySelector('article.article h1') !== null`)

	// Compare links: every other article, in the comparison engine's
	// order (most similar first), then those with nothing in common.
	links := eval[[]string](t, b, `Array.from(document.querySelectorAll('.compare-with li a')).map(a => new URL(a.href).pathname)`)
	assert.Len(t, links, len(ix.Articles)-1)
	docs := compare.StoredDocs(ix)
	var mine *compare.Doc
	for i := range docs {
		if docs[i].ID == a.ID {
			mine = &docs[i]
		}
	}
	require.NotNil(t, mine)
	ranked := compare.Rank(mine, docs, 3)
	require.NotEmpty(t, ranked)
	require.LessOrEqual(t, len(ranked), len(links))
	for i, n := range ranked {
		assert.Equal(t, "/compare/"+a.ID+"/"+n.ID, links[i], "comparison %d, most similar first", i)
	}
	b.assertClean(t, false)
}

// TestEntityPage: a deep link to an entity page shows every mention in
// context, the time line, quotes and co-occurring entities.
func TestEntityPage(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	person := topEntity(t, ix, corpus.Person)
	arts := articlesMentioning(ix, person.ID)
	mentions, quotes := 0, 0
	for _, a := range arts {
		for _, m := range a.Mentions {
			if m.Entity == person.ID {
				mentions++
			}
		}
	}
	for _, a := range ix.Articles {
		for _, q := range a.Quotes {
			if q.Speaker == person.ID {
				quotes++
			}
		}
	}

	open(t, b, srv, "/entity/"+person.ID)
	b.waitFor(t, "the entity page", `document.querySelector('.entity h1') !== null`)
	assert.Equal(t, person.Name, eval[string](t, b, `document.querySelector('.entity h1').textContent`))
	assert.Equal(t, person.Name+" · Person · Diptych", eval[string](t, b, `document.title`))
	assert.Equal(t, len(arts), eval[int](t, b, `document.querySelectorAll('.entity-timeline .timeline li').length`))
	assert.Equal(t, min(len(arts), 30), eval[int](t, b, `document.querySelectorAll('.mentions .mention-group').length`))
	if len(arts) <= 30 {
		assert.Equal(t, mentions, eval[int](t, b, `document.querySelectorAll('.mentions .context').length`), "every mention in context")
	}
	assert.Equal(t, quotes, eval[int](t, b, `document.querySelectorAll('.entity-quotes .said').length`))
	co := eval[int](t, b, `document.querySelectorAll('.cooccurring .entity-chip').length`)
	assert.Positive(t, co, "co-occurring entities are listed")

	// A co-occurring entity's chip opens its page; back returns.
	href := eval[string](t, b, `new URL(document.querySelector('.cooccurring .entity-chip').href).pathname`)
	b.run(t, "open a co-occurring entity", chromedp.Click(`.cooccurring .entity-chip`))
	b.waitFor(t, "its page", `location.pathname === `+jsString(href)+` && document.querySelector('.entity h1') !== null`)
	b.run(t, "back", chromedp.NavigateBack())
	b.waitFor(t, "the first entity again", `document.querySelector('.entity h1') !== null && document.querySelector('.entity h1').textContent === `+jsString(person.Name))

	// The search link narrows by the entity.
	b.run(t, "search by the entity", chromedp.Click("#entity-search"))
	b.waitFor(t, "the narrowed search", `location.pathname === '/search' && document.querySelectorAll('#results .result').length === `+itoa(len(arts)))
	b.assertClean(t, false)
}

// TestNotFound: unknown ids and routes show a page that offers search.
func TestNotFound(t *testing.T) {
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	for _, path := range []string{"/article/no-such-article", "/entity/no-such-entity", "/no/such/page"} {
		open(t, b, srv, path)
		b.waitFor(t, "the not-found view", `document.querySelector('[data-client="true"] .not-found h1') !== null`)
		assert.Equal(t, "Not found · Diptych", eval[string](t, b, `document.title`), path)
	}
	open(t, b, srv, "/article/ceasefire-talks")
	b.waitFor(t, "the not-found view", `document.querySelector('.not-found #q') !== null`)
	assert.Equal(t, "ceasefire talks", eval[string](t, b, `document.querySelector('#q').value`), "the missing id becomes the suggested search")
	b.run(t, "search instead", chromedp.Click(`.not-found button[type="submit"]`))
	b.waitFor(t, "the search", `location.pathname + location.search === '/search?q=ceasefire+talks' && document.querySelector('#results') !== null`)
	b.assertClean(t, false)
}

// TestShare: the Web Share API when present; otherwise the link is copied
// with a confirmation, or shown for copying by hand if copying fails.
func TestShare(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	open(t, b, srv, "/article/"+ix.Articles[0].ID)

	eval[bool](t, b, `(() => { Object.defineProperty(navigator, 'share', {value: undefined, configurable: true}); navigator.clipboard.writeText = async (s) => { window.copied = s; }; return true; })()`)
	b.run(t, "share", chromedp.Click("#share"))
	b.waitFor(t, "the confirmation", `document.querySelector('#share-status').textContent === 'Link copied'`)
	assert.Equal(t, srv.url("/article/"+ix.Articles[0].ID), eval[string](t, b, `window.copied`))

	eval[bool](t, b, `(() => { navigator.clipboard.writeText = async () => { throw new Error('denied'); }; return true; })()`)
	b.run(t, "share again", chromedp.Click("#share"))
	b.waitFor(t, "the link to copy by hand", `document.querySelector('#share-link') !== null`)
	assert.Equal(t, srv.url("/article/"+ix.Articles[0].ID), eval[string](t, b, `document.querySelector('#share-link').value`))

	eval[bool](t, b, `(() => { Object.defineProperty(navigator, 'share', {value: async (d) => { window.shared = d; }, configurable: true}); return true; })()`)
	b.run(t, "share with the Web Share API", chromedp.Click("#share"))
	b.waitFor(t, "the share sheet", `window.shared !== undefined`)
	assert.Equal(t, srv.url("/article/"+ix.Articles[0].ID), eval[string](t, b, `window.shared.url`))
	assert.Equal(t, ix.Articles[0].Title+" · Diptych", eval[string](t, b, `window.shared.title`))
	b.assertClean(t, false)
}

// TestDeepLinksAndTitles opens every kind of view directly and checks its
// title, then walks back through them.
func TestDeepLinksAndTitles(t *testing.T) {
	ix := loadIndex(t)
	b := newBrowser(t)
	srv := startServer(t, freeAddr(t), filepath.Join(root, "web"))
	a := ix.Articles[0]
	place := topEntity(t, ix, corpus.Place)
	pages := []struct{ path, title, ready string }{
		{"/", "Diptych", `document.querySelector('#results') !== null`},
		{"/search?q=ceasefire", "ceasefire · Search · Diptych", `document.querySelector('#results') !== null`},
		{"/article/" + a.ID, a.Title + " · Diptych", `document.querySelector('article.article h1') !== null`},
		{"/entity/" + place.ID, place.Name + " · Place · Diptych", `document.querySelector('.entity h1') !== null`},
	}
	for _, p := range pages {
		open(t, b, srv, p.path)
		b.waitFor(t, p.path, p.ready)
		assert.Equal(t, p.title, eval[string](t, b, `document.title`), p.path)
	}
	// In-app navigation, then back through it: each view comes back with
	// its title.
	open(t, b, srv, "/")
	b.run(t, "open an article", chromedp.Click(`#results .result-title`))
	b.waitFor(t, "the article", `location.pathname.startsWith('/article/') && document.querySelector('article.article h1') !== null`)
	title := eval[string](t, b, `document.querySelector('article h1').textContent`)
	b.waitFor(t, "its title", `document.title === `+jsString(title+" · Diptych"))
	b.run(t, "back", chromedp.NavigateBack())
	b.waitFor(t, "home", `location.pathname === '/' && document.querySelector('#overview') !== null`)
	b.waitFor(t, "the home title", `document.title === 'Diptych'`)
	b.assertClean(t, false)
}

// pressShortcut presses and releases a key without typing its character,
// as a browser does when the keydown handler calls preventDefault.
// (chromedp.KeyEvent sends the character as a separate "char" event, which
// a page cannot cancel, unlike a real keystroke.)
func pressShortcut(t *testing.T, b *browser, key, code string, keyCode int64) {
	t.Helper()
	for _, typ := range []input.DispatchKeyEventType{input.DispatchKeyEventTypeKeyDown, input.DispatchKeyEventTypeKeyUp} {
		_, err := chromedp.Call(b.ctx, input.DispatchKeyEvent, input.DispatchKeyEventParams{
			Type: typ, Key: key, Code: code, WindowsVirtualKeyCode: keyCode, NativeVirtualKeyCode: keyCode,
		})
		require.NoError(t, err, "press %s", key)
	}
}

func uniq(s []string) []string {
	m := map[string]bool{}
	var out []string
	for _, v := range s {
		if !m[v] {
			m[v] = true
			out = append(out, v)
		}
	}
	return out
}

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return "'" + r.Replace(s) + "'"
}
