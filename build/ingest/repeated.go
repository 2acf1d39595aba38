package ingest

import (
	"fmt"
	"slices"
)

// Repeated-line detection finds furniture no rule knows: a short line that
// opens or closes many articles of one source ("Subscribe to The Daily
// Planet", a site's standard disclaimer) is the site's, not the article's.
//
// To protect body text it only looks at the first and last edgeLines
// paragraphs of each article, only at paragraphs of at most
// repeatedMaxWords words, only in groups of at least repeatedMinGroup
// articles, and only removes a line found in at least repeatedMinCount
// articles and at least repeatedMinShare of the group. Each removed line is
// listed in Result.Warnings. A group is the articles of one known source, or
// else of one folder (or one JSON Lines file).
const (
	edgeLines        = 3
	repeatedMaxWords = 25
	repeatedMinGroup = 8
	repeatedMinCount = 4
	repeatedMinShare = 0.25
)

func removeRepeatedLines(l *loader) {
	groups := map[string][]*doc{}
	var names []string
	for _, d := range l.docs {
		if _, ok := groups[d.group]; !ok {
			names = append(names, d.group)
		}
		groups[d.group] = append(groups[d.group], d)
	}
	slices.Sort(names)
	for _, name := range names {
		g := groups[name]
		if len(g) < repeatedMinGroup {
			continue
		}
		count := map[string]int{}
		for _, d := range g {
			seen := map[string]bool{}
			for i, p := range d.art.Paragraphs {
				if !atEdge(i, len(d.art.Paragraphs)) || len(words(p)) > repeatedMaxWords {
					continue
				}
				k := normKey(p)
				if k != "" && !seen[k] {
					seen[k] = true
					count[k]++
				}
			}
		}
		need := max(repeatedMinCount, int(float64(len(g))*repeatedMinShare+0.999))
		drop := map[string]bool{}
		for k, c := range count {
			if c >= need {
				drop[k] = true
			}
		}
		if len(drop) == 0 {
			continue
		}
		example := map[string]string{}
		for _, d := range g {
			if keepsNothing(d.art.Paragraphs, drop) {
				continue // all of it repeats: leave it for a person to judge
			}
			ps := d.art.Paragraphs[:0:0]
			for i, p := range d.art.Paragraphs {
				k := normKey(p)
				if drop[k] && atEdge(i, len(d.art.Paragraphs)) {
					if _, ok := example[k]; !ok {
						example[k] = p
					}
					continue
				}
				ps = append(ps, p)
			}
			d.art.Paragraphs = ps
		}
		keys := make([]string, 0, len(drop))
		for k := range drop {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			l.warn(name, 0, fmt.Sprintf("removed %q: it opens or closes %d of the %d articles of this %s", example[k], count[k], len(g), "group"))
		}
	}
}

// keepsNothing reports whether dropping the lines in drop would leave no
// paragraph.
func keepsNothing(ps []string, drop map[string]bool) bool {
	for i, p := range ps {
		if !drop[normKey(p)] || !atEdge(i, len(ps)) {
			return false
		}
	}
	return true
}

func atEdge(i, n int) bool { return i < edgeLines || i >= n-edgeLines }

// finalParagraphs drops empty paragraphs.
func finalParagraphs(ps []string) []string {
	out := ps[:0]
	for _, p := range ps {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}
