package compare

// OpKind is what a diff operation does to the left text to reach the right.
type OpKind uint8

// The kinds of diff operation.
const (
	// Equal words appear in both sentences.
	Equal OpKind = iota + 1
	// Delete words appear only in the left sentence.
	Delete
	// Insert words appear only in the right sentence.
	Insert
)

var opKindNames = [...]string{"", "equal", "delete", "insert"}

// String returns the kind's name ("equal", "delete", "insert").
func (k OpKind) String() string {
	if int(k) < len(opKindNames) {
		return opKindNames[k]
	}
	return ""
}

// MarshalText implements encoding.TextMarshaler.
func (k OpKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Range is a [Start, End) byte range in the paragraph that holds a
// sentence, the same coordinates as corpus.Span.
type Range struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Op is one run of a word-level diff, in order. Left is the run's range in
// the left sentence and Right in the right one; the side a run does not
// appear on gets the empty range where it would go (an Insert's Left is
// where the inserted words would sit in the left sentence). A run spans
// from its first word's start to its last word's end, so the spaces and
// punctuation between runs belong to no run and render unmarked.
type Op struct {
	Kind  OpKind `json:"kind"`
	Left  Range  `json:"left"`
	Right Range  `json:"right"`
}

// maxDiffWords bounds the words per sentence the diff looks at, so a
// pathological "sentence" (a list with no periods) costs at most
// maxDiffWords² steps; words past it are reported as one delete/insert.
const maxDiffWords = 400

// diffWords returns the word-level diff from a to b: the longest common
// subsequence of normalised words, as runs of equal, deleted and inserted
// words. Words compare case-insensitively and with apostrophes folded.
func diffWords(a, b []word) []Op {
	if len(a) > maxDiffWords || len(b) > maxDiffWords {
		ops := diffWords(a[:min(len(a), maxDiffWords)], b[:min(len(b), maxDiffWords)])
		if len(a) > maxDiffWords {
			ops = appendOp(ops, Delete, a[maxDiffWords:], nil, a, b)
		}
		if len(b) > maxDiffWords {
			ops = appendOp(ops, Insert, nil, b[maxDiffWords:], a, b)
		}
		return ops
	}
	n, m := len(a), len(b)
	// lcs[i][j]: length of the LCS of a[i:] and b[j:].
	w := m + 1
	lcs := make([]int32, (n+1)*w)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].norm == b[j].norm {
				lcs[i*w+j] = lcs[(i+1)*w+j+1] + 1
			} else {
				lcs[i*w+j] = max(lcs[(i+1)*w+j], lcs[i*w+j+1])
			}
		}
	}
	var ops []Op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i].norm == b[j].norm:
			ops = appendOp(ops, Equal, a[i:i+1], b[j:j+1], a, b)
			i++
			j++
		case j < m && (i == n || lcs[i*w+j+1] >= lcs[(i+1)*w+j]):
			ops = appendOp(ops, Insert, a[i:i], b[j:j+1], a, b)
			j++
		default:
			ops = appendOp(ops, Delete, a[i:i+1], b[j:j], a, b)
			i++
		}
	}
	return ops
}

// appendOp extends the last op when it has the same kind, or starts a new
// one. la and lb are the words the op covers on each side, possibly empty;
// an empty side is placed at the end of the previous op on that side.
func appendOp(ops []Op, k OpKind, la, lb, a, b []word) []Op {
	lr := wordsRange(la, ops, a, true)
	rr := wordsRange(lb, ops, b, false)
	if n := len(ops); n > 0 && ops[n-1].Kind == k {
		last := &ops[n-1]
		if len(la) > 0 {
			last.Left.End = lr.End
		}
		if len(lb) > 0 {
			last.Right.End = rr.End
		}
		return ops
	}
	return append(ops, Op{Kind: k, Left: lr, Right: rr})
}

// wordsRange is the range ws cover, or the empty range after the previous
// op on that side (or before the sentence's first word) when ws is empty.
func wordsRange(ws []word, ops []Op, all []word, left bool) Range {
	if len(ws) > 0 {
		return Range{ws[0].start, ws[len(ws)-1].end}
	}
	if n := len(ops); n > 0 {
		e := ops[n-1].Right.End
		if left {
			e = ops[n-1].Left.End
		}
		return Range{e, e}
	}
	if len(all) > 0 {
		return Range{all[0].start, all[0].start}
	}
	return Range{}
}
