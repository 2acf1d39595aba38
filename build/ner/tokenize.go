package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a text, with its UTF-8 byte
// offsets [Start, End) in the text it came from.
type Token struct {
	Text       string
	Start, End int
	// SentStart marks the first token of a sentence.
	SentStart bool
}

// abbreviations keep their final period ("Mr.", "Jan.", "Corp.").
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"st": true, "jr": true, "sr": true, "co": true, "corp": true, "inc": true, "ltd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "no": true, "vs": true,
	"mt": true, "ft": true, "rev": true, "pres": true, "adm": true, "maj": true,
}

// isOpenPunct reports runes peeled off the front of a word.
func isOpenPunct(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '“', '‘', '«', '‹', '„', '¿', '¡', '*', '<':
		return true
	}
	return false
}

// isClosePunct reports runes peeled off the end of a word.
func isClosePunct(r rune) bool {
	switch r {
	case '"', '\'', ')', ']', '}', '”', '’', '»', '›', ',', ';', ':', '!', '?', '.', '*', '>', '…':
		return true
	}
	return false
}

// isSplitPunct reports runes that are always a token of their own.
func isSplitPunct(r rune) bool {
	switch r {
	case '—', '–', '…', '|', '•':
		return true
	}
	return false
}

// Tokenize splits text into tokens. It accepts both CoNLL-style text (tokens
// already separated by spaces) and raw prose with Unicode punctuation:
// quotes, brackets and final punctuation become tokens of their own, the
// possessive "'s" (or "’s") is split off, abbreviations ("U.S.", "Mr.") keep
// their period, and hyphenated words stay whole. Sentence starts are marked
// after line breaks and sentence-final punctuation.
func Tokenize(text string) []Token {
	toks := make([]Token, 0, len(text)/5+1)
	sentStart := true
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			sentStart = true
			i += n
			continue
		}
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r2, n2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) {
				break
			}
			j += n2
		}
		before := len(toks)
		toks = splitChunk(toks, text, i, j)
		for k := before; k < len(toks); k++ {
			if sentStart {
				toks[k].SentStart = true
				if !isQuoteLike(toks[k].Text) {
					sentStart = false
				}
			}
			if endsSentence(toks, k) {
				sentStart = true
			}
		}
		i = j
	}
	return toks
}

func isQuoteLike(s string) bool {
	switch s {
	case "\"", "'", "“", "‘", "(", "[", "«", "-", "—", "–", "``", "`":
		return true
	}
	return false
}

// endsSentence reports whether toks[k] closes a sentence.
func endsSentence(toks []Token, k int) bool {
	switch toks[k].Text {
	case "!", "?":
		return true
	case ".":
		return true
	}
	return false
}

// clitics are chunks that stay one token although they start with an
// apostrophe (CoNLL writes "Queen 's Park").
var clitics = map[string]bool{
	"'s": true, "’s": true, "'S": true, "’S": true, "'d": true, "'ll": true, "'re": true, "'ve": true,
	"'m": true, "n't": true, "’d": true, "’ll": true, "’re": true, "’ve": true, "’m": true, "n’t": true,
}

// splitChunk appends the tokens of the whitespace-free chunk text[i:j].
func splitChunk(toks []Token, text string, i, j int) []Token {
	if clitics[text[i:j]] {
		return append(toks, Token{Text: text[i:j], Start: i, End: j})
	}
	// Leading punctuation.
	for i < j {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isOpenPunct(r) || i+n == j && false {
			break
		}
		if i+n == j { // the chunk is a single punctuation mark
			break
		}
		toks = append(toks, Token{Text: text[i : i+n], Start: i, End: i + n})
		i += n
	}
	// Trailing punctuation, collected in reverse.
	var tail [8]Token
	nt := 0
	for j > i && nt < len(tail) {
		r, n := utf8.DecodeLastRuneInString(text[i:j])
		if !isClosePunct(r) || j-n == i {
			break
		}
		if r == '.' && keepsPeriod(text[i:j]) {
			break
		}
		tail[nt] = Token{Text: text[j-n : j], Start: j - n, End: j}
		nt++
		j -= n
	}
	// Possessive and negation clitics.
	var clitic Token
	hasClitic := false
	word := text[i:j]
	for _, c := range [...]string{"'s", "’s", "'S", "’S", "n't", "n’t"} {
		if len(word) > len(c) && strings.HasSuffix(word, c) {
			clitic = Token{Text: word[len(word)-len(c):], Start: j - len(c), End: j}
			hasClitic = true
			j -= len(c)
			break
		}
	}
	// Split punctuation inside the word ("war—and").
	k := i
	for p := i; p < j; {
		r, n := utf8.DecodeRuneInString(text[p:])
		if isSplitPunct(r) {
			if p > k {
				toks = append(toks, Token{Text: text[k:p], Start: k, End: p})
			}
			toks = append(toks, Token{Text: text[p : p+n], Start: p, End: p + n})
			k = p + n
		}
		p += n
	}
	if j > k {
		toks = append(toks, Token{Text: text[k:j], Start: k, End: j})
	}
	if hasClitic {
		toks = append(toks, clitic)
	}
	for nt > 0 {
		nt--
		toks = append(toks, tail[nt])
	}
	return toks
}

// keepsPeriod reports whether the final period of w belongs to it: "U.S.",
// "Mr.", "J.".
func keepsPeriod(w string) bool {
	body := w[:len(w)-1]
	if body == "" {
		return false
	}
	if strings.Contains(body, ".") {
		// "U.S." but not "end..." handled by the caller peeling one at a time.
		return !strings.HasSuffix(body, ".")
	}
	if utf8.RuneCountInString(body) == 1 {
		r, _ := utf8.DecodeRuneInString(body)
		return unicode.IsUpper(r)
	}
	return abbreviations[strings.ToLower(body)]
}
