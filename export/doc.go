// Package export writes results for people and programs: the JSON Lines of
// documents and facts (the shape of FACTS.md) and the Excel workbook.
package export
