package search

import (
	"diptych/corpus"
	"diptych/corpus/index"
	"diptych/corpus/text"
)

// scratch is the per-search working memory, pooled so that a search
// allocates little.
type scratch struct {
	an   *text.Analyzer
	toks []text.Token
	// clauseToks are the tokens of the query's positive clauses, in
	// order, analysed once by compile.
	clauseToks [][]text.Token
	parts      []text.Token // one clause's words, joined compounds aside
	plan       plan         // the query compiled (compile reuses it)
	query      Query        // the query parsed, for plain queries
	clauses    []Clause     // the plain query's clauses
	seen       []bool       // per slot, for highlightTerms
	its        []index.Postings
	allowed    []bool // documents passing the filters (nil: all)
	excluded   []bool // documents matching an exclusion (nil: none)
	heap       []entry
	// topEnd is set by the term-at-a-time cut: s.heap[:topEnd] holds the
	// proxTop best entries (all of s.heap if 0). topK is set by the
	// proximity bonus: s.heap[:topK] holds the topK best entries, which
	// the bonus cannot make worse than the others.
	topEnd, topK int
	entCount     []int
	srcCount     []int
	months       map[string]int
	prox         []uint64  // query words' occurrences: position<<32 | group
	best         []float64 // the proxTop best scores so far, a min-heap
	acc          []float64
	groupIdf     []float64
	groupPos     [][]uint32
	groupHit     []bool
	groupSlot    []int
	groupPost    []int32 // proximity: a group's best word's posting in a top document, or -1
	groupOne     []int   // proximity: the slot of a group of one plain word, or -1
	proxGroups   []proxGroup
	aliasNext    []int32  // proximity: the next group with the same one word, or -1
	hitGroups    []int32  // proximity: the groups a top document has, ascending
	posBits      []uint64 // proximity: the positions of a document's query words, all 0 between documents
	posGroup     []int32  // proximity: the group of the word at each position
	paraBuf      []int
	entBuf       []int
	paraW        []float64
	arts         []corpus.Article
	// Term at a time (forceDAAT, for tests, turns it off).
	forceDAAT         bool
	acc2, gmax        []float64
	touched, gtouched []int
	scores            []float64  // the touched documents' scores, to cut
	ties              []int      // the documents scoring exactly the cut
	next              []int32    // the cut's bucket lists: 1 + the next document in a document's bucket
	phraseCur         []int      // a phrase's words' current postings
	phrasePos         [][]uint32 // their positions in one field
	phraseView        [][]uint32 // the same, or views of the impacts' body positions
	slotK             []int32    // proximity: [top document][slot] -> posting, or -1
	order             []uint64   // proximity: top document<<32 | its index, ascending
	oneSlot           []bool     // proximity: the slots of one-word groups
	// at holds, per slot of a one-word group, each document's posting
	// in that slot's term as the term-at-a-time scoring last saw it
	// (postingAt): stale entries from earlier queries are told apart
	// by checking the posting's range and document, so it is never
	// cleared.
	at        []int32
	fbW       []float64
	fbTouched []int
	fbTerms   []fbTerm
	fbCands   []fbTerm  // feedback: every candidate word and its weight
	fbWs      []float64 // feedback: the candidates' weights, to cut
	fbExp     []float64 // feedback: each top document's weight before normalising
	inQuery   []bool    // per term: a word of the query (feedback skips it)
	// unknown reports that compile looked up a word the index does not
	// have (every word didYouMean would look up, compile did).
	unknown bool
	// corrections maps an unknown word of the query to its closest
	// indexed word ("" for none), found while compiling.
	corrections map[string]string
	// Snippets.
	paras  paraCache
	hints  []snippetHint
	hitPos [][]uint32 // per slot, the body positions in the hit being located
}

func newScratch(x *index.Search) *scratch {
	return &scratch{
		an:          text.NewAnalyzer(),
		entCount:    make([]int, x.NumEntities()),
		srcCount:    make([]int, x.NumSources()),
		months:      make(map[string]int),
		corrections: make(map[string]string),
	}
}

// entry is a collected hit.
type entry struct {
	doc   int
	score float64
	// date is the rank of the document's publication date among the
	// index's dates (Engine.dateRank): ISO dates order as strings, the
	// undated ("") first. No string here keeps entries pointer-free.
	date int32
}

// snippetHint tells the snippet maker where in the paragraph the matches
// start, so that it need not analyse all of a long paragraph.
type snippetHint struct {
	first  int // token index of the first match within the paragraph
	tokens int // tokens in the paragraph (0: unknown)
}

func growInt32(b []int32, n int) []int32 {
	if cap(b) < n {
		return make([]int32, n)
	}
	return b[:n]
}

// postingAt returns slot si's row of s.at (n documents), growing s.at.
func (s *scratch) postingAt(si, n int) []int32 {
	if need := (si + 1) * n; len(s.at) < need {
		s.at = append(s.at, make([]int32, need-len(s.at))...)
	}
	return s.at[si*n : (si+1)*n]
}
