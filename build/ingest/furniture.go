package ingest

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Site furniture is text a web page wraps around an article: share buttons,
// comment forms, author boxes, "related" teasers, disclaimers. The rules
// below match whole lines only, and only short ones, so a sentence of the
// article that merely mentions sharing or replying is never touched.

// furnitureLine matches a line that is furniture wherever it appears.
var furnitureLine = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`share(?: this| this article| this story| on \w+| via \w+)?\s*:?`,
	`share your (?:opinion|thoughts|comments?)`,
	`leave a (?:reply|comment)`,
	`(?:post a |add a |\d+ )?comments?\s*:?`,
	`your email address will not be published.*`,
	`required fields are marked.*`,
	`about (?:the )?author`,
	`join (?:the )?[\w .&'-]{1,40} (?:whatsapp|telegram|facebook|signal) (?:group|channel|community)`,
	`follow us on .{1,60}`,
	`(?:sign up|subscribe)(?: to| for)? (?:our|the) .{0,40}newsletter.*`,
	`advertisement|sponsored|sponsored content|ad`,
	`(?:click|tap) here to .{1,60}`,
	`(?:print|email|e-mail|tweet|whatsapp|facebook|twitter|linkedin|telegram|copy link)`,
	`tags?\s*:.{0,200}`,
	`(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,120}`,
	`all rights reserved\.?`,
	`the views expressed in this article .{0,200}`,
	`the opinions expressed .{0,160}(?:do not|don't) (?:necessarily )?reflect .{0,160}`,
	`(?:read|see) (?:more|also|next)\s*:.{0,200}`,
}, "|") + `)$`)

// teaserMarker matches a line that starts a trailing block of links to other
// stories; the block is dropped with the marker (see cutTeaserTail).
var teaserMarker = regexp.MustCompile(`(?i)^(?:check also|related|related (?:news|articles|stories|posts|content|coverage)|read (?:more|also|next)|more (?:news|stories)|you (?:may|might) also like|recommended(?: for you| stories)?|more from .{1,40}|also read|trending(?: now)?|most (?:read|popular))\s*:?$`)

// counterLine matches share and comment counters: "0 95", "12 comments",
// "1.2K shares".
var counterLine = regexp.MustCompile(`(?i)^(?:[\d.,]+[km]?\s*(?:comments?|shares?|views?|likes?|reads?)?\s*)+$`)

// urlLine matches a line that is only a URL.
var urlLine = regexp.MustCompile(`^(?:https?://|www\.)\S+$`)

// sourceInFurniture finds the outlet a piece of furniture names: "Join
// NewsTrack Whatsapp group" is the site asking its own readers to join.
var sourceInFurniture = regexp.MustCompile(`(?i)^join (?:the )?([\w .&'-]{1,40}?) (?:whatsapp|telegram|facebook|signal) (?:group|channel|community)$`)

// isFurniture reports whether line (cleaned) is site furniture.
func isFurniture(line string) bool {
	if utf8.RuneCountInString(line) > 240 {
		return false
	}
	return furnitureLine.MatchString(line) || teaserMarker.MatchString(line)
}

// isNoise reports whether line carries no article text: no letters or
// digits (`" "`), or a bare URL.
func isNoise(line string) bool {
	return !hasAlnum(line) || urlLine.MatchString(line)
}

// cutTeaserTail removes a trailing "Check Also" / "Related News" block: from
// the last teaser marker whose following lines are at most four short
// non-furniture lines (a teaser headline and its snippet) to the end. It
// returns the kept lines. A marker followed by more than that is left alone
// (only the marker line itself is dropped later), so body text after it is
// never lost.
//
// The lines must already be cleaned with cleanSpace.
func cutTeaserTail(lines []string) []string {
	for i := 0; i < len(lines); i++ {
		if len(lines[i]) > 60 || !teaserMarker.MatchString(lines[i]) {
			continue
		}
		content := 0
		ok := true
		for _, l := range lines[i+1:] {
			if l == "" || isFurniture(l) || isNoise(l) {
				continue
			}
			content++
			if content > 4 || len(words(l)) > 60 {
				ok = false
				break
			}
		}
		if ok {
			return lines[:i]
		}
	}
	return lines
}
