package corpus

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([-_a-z0-9]+)`)

// decodeHTML finds the encoding of an HTML page: force, else a byte order
// mark, else the <meta> charset, else UTF-8 when valid, else GB18030.
func decodeHTML(data []byte, force string) (text, enc string, warns []string, err error) {
	return decodeHTMLHint(data, force, "")
}

// decodeHTMLHint is decodeHTML with the charset that a container (a web
// archive) declares for the page: trusted like a <meta> charset, after it.
func decodeHTMLHint(data []byte, force, hint string) (text, enc string, warns []string, err error) {
	if force != "" {
		return decodeText(data, force)
	}
	for _, b := range boms {
		if bytes.HasPrefix(data, b.bom) {
			return decodeText(data, "")
		}
	}
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	declared := hint
	if m := metaCharset.FindSubmatch(head); m != nil {
		declared = string(m[1])
	}
	if declared != "" {
		if e, name := charset.Lookup(declared); e != nil {
			switch name {
			case "utf-8":
				if utf8.Valid(data) {
					return string(data), "utf-8", nil, nil
				}
				// Declared UTF-8 but is not: fall through to guessing.
			case "gbk", "gb18030", "gb2312":
				return decodeText(data, "gb18030")
			case "windows-1252":
				// Often declared by templates on Chinese pages; guess.
			default:
				return decodeText(data, name)
			}
		}
	}
	return decodeText(data, "")
}

// skipTags are elements whose text is never part of the main text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true,
	atom.Svg: true, atom.Template: true, atom.Head: true, atom.Object: true,
}

// blockTags end a line before and after their text.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Tr: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Table: true, atom.Section: true, atom.Article: true, atom.Blockquote: true,
	atom.Pre: true, atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Ul: true, atom.Ol: true,
	atom.Main: true, atom.Center: true, atom.Hr: true, atom.Caption: true,
}

// boilerClass matches class and id values of navigation, sharing,
// recommendation and footer blocks.
var boilerClass = regexp.MustCompile(`(?i)(^|[-_\s])(nav|navbar|menu|footer|foot|header|head|top|sidebar|side|aside|comment|comments|share|bdshare|breadcrumb|crumb|crumbs|location|position|copyright|copy|recommend|related|relate|hot|rank|ad|ads|advert|banner|login|toolbar|tools|print|pager|pages|pagination|download|vip|tags|search|friend|links)([-_\s]|\d|$)`)

// readHTML returns the main text of a page: the block with the most Chinese
// text and the fewest links, rendered one block a line, preceded by the
// page's heading (its first <h1>, else the first part of <title>).
func readHTML(text string) string {
	root, err := html.Parse(strings.NewReader(text))
	if err != nil { // html.Parse recovers from nearly everything
		return text
	}
	var title, h1 string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Title:
				if title == "" {
					title = collapseSpace(nodeText(n))
				}
			case atom.H1:
				if h1 == "" {
					h1 = collapseSpace(nodeText(n))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	st := measure(root)
	prune(root, st, st[root].han)
	st = measure(root)

	// Score containers by the Chinese text of their paragraphs.
	scores := map[*html.Node]float64{}
	var score func(n *html.Node)
	score = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			score(c)
		}
		if n.Type != html.ElementNode {
			return
		}
		switch n.DataAtom {
		case atom.P, atom.Td, atom.Pre, atom.Li, atom.Div, atom.Section, atom.Blockquote:
		default:
			return
		}
		own := ownText(n)
		han := hanCount(own)
		if han < 10 {
			return
		}
		s := float64(han) + float64(strings.Count(own, "，")+strings.Count(own, "。"))*3
		if p := n.Parent; p != nil {
			scores[p] += s
			if g := p.Parent; g != nil {
				scores[g] += s / 2
			}
		}
		scores[n] += s / 4
	}
	score(root)
	var best *html.Node
	bestScore := 0.0
	for n, s := range scores {
		if all := st[n].runes; all > 0 {
			s *= 1 - float64(st[n].links)/float64(all)
		}
		if s > bestScore || (s == bestScore && best != nil && st[n].runes < st[best].runes) {
			best, bestScore = n, s
		}
	}
	if best == nil {
		best = root
	}
	dropLinkBlocks(best, st)
	var b strings.Builder
	head := h1
	if head == "" {
		head = titleHead(title)
	}
	if head != "" && !strings.Contains(collapseSpace(nodeText(best)), head) {
		b.WriteString(head)
		b.WriteByte('\n')
	}
	render(&b, best, false)
	return b.String()
}

// dropLinkBlocks removes from the main block the blocks whose text is
// mostly (over 60%) link text: related articles, 上一篇/下一篇, tag lists
// that sit inside the article's container.
func dropLinkBlocks(n *html.Node, st map[*html.Node]stat) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom != atom.A {
			if s := st[c]; s.links > 0 && s.links*10 > s.runes*6 {
				n.RemoveChild(c)
			} else {
				dropLinkBlocks(c, st)
			}
		}
		c = next
	}
}

// titleSeparators split a page's <title> into the article's title and the
// site's name, in either order: "工作总结_某某网", "柳树乡人民政府--柳树乡…总结".
var titleSeparators = regexp.MustCompile(`_|--|\s[-–—|]\s|\||｜`)

// titleHead keeps the part of a <title> that names the document (the first
// that reads as a title: 总结, 报告 …), else its first part.
func titleHead(t string) string {
	parts := titleSeparators.Split(t, -1)
	for _, p := range parts {
		if p = strings.TrimSpace(p); titleWord.MatchString(p) {
			return p
		}
	}
	return strings.TrimSpace(parts[0])
}

// prune removes elements that never hold main text. An element whose class
// looks like boilerplate but that holds over half the page's Chinese text
// (total) is a wrapper, and is kept.
func prune(n *html.Node, st map[*html.Node]stat, total int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.CommentNode:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && skipTags[c.DataAtom]:
			n.RemoveChild(c)
		case c.Type == html.ElementNode && boilerElement(c) && 2*st[c].han <= total:
			n.RemoveChild(c)
		default:
			prune(c, st, total)
		}
		c = next
	}
}

func boilerElement(n *html.Node) bool {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "class" || a.Key == "id" {
			if boilerClass.MatchString(a.Val) {
				return true
			}
		}
		if a.Key == "style" && strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none") {
			return true
		}
	}
	return false
}

// ownText is the text of n's direct text children and inline elements.
func ownText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		case c.Type == html.ElementNode && !blockTags[c.DataAtom]:
			b.WriteString(nodeText(c))
		}
	}
	return b.String()
}

func nodeText(n *html.Node) string {
	var b strings.Builder
	var f func(*html.Node)
	f = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			f(c)
		}
	}
	f(n)
	return b.String()
}

// stat counts the text under a node: Chinese characters, all non-space
// characters, and characters inside links.
type stat struct{ han, runes, links int }

// measure computes the stat of every node in one pass.
func measure(root *html.Node) map[*html.Node]stat {
	st := map[*html.Node]stat{}
	var f func(n *html.Node, inLink bool) stat
	f = func(n *html.Node, inLink bool) stat {
		var s stat
		if n.Type == html.TextNode {
			for _, r := range n.Data {
				if unicode.IsSpace(r) {
					continue
				}
				s.runes++
				if unicode.Is(unicode.Han, r) {
					s.han++
				}
			}
			if inLink {
				s.links = s.runes
			}
		}
		inLink = inLink || (n.Type == html.ElementNode && n.DataAtom == atom.A)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := f(c, inLink)
			s.han += cs.han
			s.runes += cs.runes
			s.links += cs.links
		}
		st[n] = s
		return s
	}
	f(root, false)
	return st
}

func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			n++
		}
	}
	return n
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// render writes the text under n, a line per block; cells of a table row are
// separated by tabs.
func render(b *strings.Builder, n *html.Node, pre bool) {
	newline := func() {
		s := b.String()
		if len(s) > 0 && s[len(s)-1] != '\n' {
			b.WriteByte('\n')
		}
	}
	switch n.Type {
	case html.TextNode:
		if pre {
			b.WriteString(n.Data)
			return
		}
		s := strings.Join(strings.FieldsFunc(n.Data, func(r rune) bool { return r == '\n' || r == '\r' || r == '\t' || r == ' ' }), " ")
		if s == "" {
			return
		}
		if strings.HasPrefix(n.Data, " ") && b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
		return
	case html.ElementNode:
		if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
			newline()
			return
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			s := b.String()
			if len(s) > 0 && s[len(s)-1] != '\n' {
				b.WriteByte('\t')
			}
		}
		if blockTags[n.DataAtom] {
			newline()
		}
		pre = pre || n.DataAtom == atom.Pre
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		render(b, c, pre)
	}
	if n.Type == html.ElementNode && blockTags[n.DataAtom] {
		newline()
	}
}
