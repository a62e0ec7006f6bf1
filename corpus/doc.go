// Package corpus finds and reads documents: it walks folders, reads file
// formats, decodes text to UTF-8, cleans it, splits a file into the documents
// it holds and reads each document's metadata.
//
// Offsets into Document.Text are byte offsets into the UTF-8 string, half
// open [Start, End), as gse and bleve report them. Lines are 1-based and count
// lines of the source file as read after decoding.
package corpus
