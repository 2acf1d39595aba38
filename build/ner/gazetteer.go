package ner

import "strings"

// Gazetteer lists (gazetteer_lists.go) are hand-written; each is a bit.
const (
	gzCountry = iota
	gzCity
	gzRegion
	gzDemonym
	gzOrg
	gzOrgWord
	gzTitle
	gzFirstName
	gzMonth
	gzWeekday
	gzLocWord
	gzNumberWord
	numGaz
)

// gazetteer answers which lists a word or a run of words belongs to.
type gazetteer struct {
	single map[string]uint32 // lower-cased word -> list bits
	multi  map[string]uint32 // lower-cased words joined by " " -> list bits (2+ words)
	maxLen int
}

// newGazetteer builds the gazetteer from the hand-written lists.
func newGazetteer() *gazetteer {
	gz := &gazetteer{single: map[string]uint32{}, multi: map[string]uint32{}}
	for g, list := range gazetteerLists() {
		for _, line := range strings.Split(list, "\n") {
			for _, e := range strings.Split(line, ",") {
				e = strings.TrimSpace(e)
				if e == "" {
					continue
				}
				toks := Tokenize(e)
				words := make([]string, len(toks))
				for i, t := range toks {
					words[i] = lowerDigits(normText(t.Text))
				}
				key := strings.Join(words, " ")
				if len(words) == 1 {
					gz.single[key] |= 1 << uint(g)
				} else {
					gz.multi[key] |= 1 << uint(g)
					if len(words) > gz.maxLen {
						gz.maxLen = len(words)
					}
				}
			}
		}
	}
	return gz
}

// matchMulti marks multi-word (and single capitalised word) gazetteer
// matches in d as BILOU position features, longest match first.
func (gz *gazetteer) matchMulti(d *docInfo) {
	n := len(d.toks)
	var b strings.Builder
	for k := 0; k < n; k++ {
		if d.info[k].cls == clsLower || d.info[k].cls == clsPunct {
			continue
		}
		b.Reset()
		b.WriteString(d.info[k].lower)
		bestLen, bestBits := 0, uint32(0)
		for m := 2; m <= gz.maxLen && k+m <= n; m++ {
			if d.sentStart[k+m-1] {
				break
			}
			b.WriteByte(' ')
			b.WriteString(d.info[k+m-1].lower)
			if bits, ok := gz.multi[b.String()]; ok {
				bestLen, bestBits = m, bits
			}
		}
		if bestLen == 0 {
			continue
		}
		for g := uint32(0); g < numGaz; g++ {
			if bestBits&(1<<g) == 0 {
				continue
			}
			for j := 0; j < bestLen; j++ {
				pos := posI
				switch j {
				case 0:
					pos = posB
				case bestLen - 1:
					pos = posL
				}
				d.gazFeats[k+j] = append(d.gazFeats[k+j], hi(ftGazMulti, int(g), pos, 0))
			}
		}
		k += bestLen - 1
	}
}
