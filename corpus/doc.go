// Package corpus finds and reads documents: it walks folders, reads file
// formats, decodes text to UTF-8, cleans it, splits a file into the documents
// it holds and reads each document's metadata.
//
// # Formats
//
// The format is taken from the file's content where it tells (a zip archive
// is read as .docx, an OLE compound file as Word 97–2003, "%PDF-" as PDF,
// "{\rtf" as RTF, a MIME multipart/related message as a web archive, an
// HTML page as HTML) and from the extension otherwise; anything else is
// text. Archives hold many .doc files that are really RTF or web archives.
//
//   - .txt: a byte order mark (UTF-8, UTF-16 LE/BE) decides; else UTF-16
//     without a mark when its units read as text with NUL high bytes on
//     one side; else valid UTF-8 is UTF-8; else GB18030 (a superset of GBK
//     and GB2312), with
//     undecodable bytes replaced by U+FFFD and counted in a warning, or an
//     error when they are too many. Options.Encoding forces an encoding.
//   - .docx: the paragraphs of word/document.xml in order, a table row as
//     one line with its cells separated by tabs; deleted text, field codes
//     and the fallback copy of alternate content are skipped. The unpacked
//     size is limited to Options.MaxSize.
//   - .doc and .wps (Word 97–2003 binary): the main text through the piece
//     table; field codes dropped, their results kept. Word 6/95, encrypted
//     files and old Kingsoft formats fail with an *Error saying so.
//   - .rtf: the body text, paragraphs a line and table cells separated by
//     tabs; \'hh bytes in the code page of the font (\fcharset) or the
//     document (\ansicpg), else UTF-8 or GB18030; \uN characters as
//     written; font, colour and style tables, document properties, pictures,
//     field codes, hidden text, index entries, headers and footers skipped.
//   - .mht and .mhtml (web archives, and Word's single-file web pages): the
//     first text/html part that holds text, quoted-printable or base64,
//     then read as .html with the part's charset as a hint.
//   - .html and .htm: the charset from a BOM or <meta>, else UTF-8 or
//     GB18030; the main text is the block with the most Chinese text and the
//     fewest links, after navigation, scripts and blocks whose class names
//     say share, breadcrumb, footer … are removed; the page's <h1> (or the
//     first part of its <title>) is put first when the block lacks it.
//   - .pdf with a text layer: poppler's pdftotext, run as a separate process
//     (Debian package poppler-utils). Without it, a built-in reader handles
//     what office suites write, and the documents carry a warning.
//
// # Cleaning
//
// Each source line is cleaned on its own: full-width digits, letters and
// signs become ASCII, spaces between Chinese characters and digits are
// dropped (7 月 19 日 → 7月19日), pinyin glosses go (鎮(zhèn) → 鎮), ASCII
// , ; : ? ! after Chinese become full-width. Lines of web or viewer
// furniture are dropped (小编推荐, 栏目查看更多内容, share, print, copyright,
// breadcrumbs, download and VIP prompts, page timestamps, page markers such
// as 1/22 and 第 1 页 共 15 页), as are stray page numbers at a line end.
// Lines broken mid-sentence are joined. A paragraph repeating an earlier
// one of the same document, exactly or up to whitespace and placeholder
// spelling (xx, XX, ××), is dropped with a warning. So is a near-repeat: a
// paragraph of 30 runes or more within 8% edits of an earlier one that
// starts with the same list marker, holds the same figures and replaces no
// word, only inserts, deletes or fixes characters (正在办理中 → 正在抓紧办理中);
// so items of a list written on one template stay.
//
// # Documents and metadata
//
// A file holds several documents when parts are headed (第一篇：…, 篇一,
// 范文一) or a title line comes again with new text after it. Text before
// the first part heading that holds no prose (a saved page's title,
// breadcrumb and timestamp, an introduction to the collection) is dropped
// with a warning, so parts count from the first summary; prose there is a
// document of its own. The year is read from the title, else the
// signature date, else a date line under the title (——2023年12月26日在…
// 会议上, （2024年1月10日）), else a year phrase in the first lines; the
// date is the signature date, else that date line's.
//
// # Offsets and lines
//
// Offsets into Document.Text are byte offsets into the UTF-8 string, half
// open [Start, End), as gse and bleve report them. Lines are 1-based and
// count lines of the text as read: of the decoded file for .txt, of the
// extracted text for the other formats (a paragraph or table row of a
// .docx or .doc, a block of an HTML page's main text, a line of
// pdftotext's output with pages run together).
package corpus
