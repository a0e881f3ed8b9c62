package apigen

import (
	"html"
	"regexp"
	"strings"
)

var (
	paragraphEnd = regexp.MustCompile(`(?i)</p>|<br\s*/?>|</li>`)
	listItem     = regexp.MustCompile(`(?i)<li>`)
	tag          = regexp.MustCompile(`<[^>]*>`)
	space        = regexp.MustCompile(`[ \t\r\n]+`)
)

// Doc turns a model documentation string (HTML) into plain text: paragraphs apart by a blank line,
// list items as "- ", tags dropped, entities decoded, white space folded.
func Doc(h string) string {
	h = paragraphEnd.ReplaceAllString(h, "\n\n")
	h = listItem.ReplaceAllString(h, "\n\n- ")
	h = html.UnescapeString(tag.ReplaceAllString(h, ""))
	var paras []string
	for _, p := range strings.Split(h, "\n\n") {
		if p = strings.TrimSpace(space.ReplaceAllString(p, " ")); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n")
}

// commentWidth is where comment lines wrap, the project's line length.
const commentWidth = 100

// Comment writes text as a Go comment indented by indent, wrapped at commentWidth columns
// (a tab counts as four), paragraphs apart by an empty comment line.
func Comment(indent, text string) string {
	width := commentWidth - 3 - 4*strings.Count(indent, "\t") - len(strings.ReplaceAll(indent, "\t", ""))
	var out []string
	for i, para := range strings.Split(strings.TrimSpace(text), "\n\n") {
		if i > 0 {
			out = append(out, indent+"//")
		}
		line := ""
		for _, word := range strings.Fields(para) {
			if line != "" && len(line)+1+len(word) > width {
				out = append(out, indent+"// "+line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		if line != "" {
			out = append(out, indent+"// "+line)
		}
	}
	return strings.Join(out, "\n")
}
