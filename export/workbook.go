package export

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/zongjie/zongjie/extract"
)

// RunInfo describes the run a workbook comes from, for its 说明 sheet.
type RunInfo struct {
	Version string
	Started time.Time
	Inputs  []string
	Files   int
	Docs    int
	Facts   int
	Errors  []string
}

// Workbook collects documents and writes summary.xlsx.
type Workbook struct {
	docs []DocRecord
}

// NewWorkbook returns an empty workbook.
func NewWorkbook() *Workbook { return &Workbook{} }

// Add adds one document with its facts. Documents are written in the order
// they are added (the 对比 sheet sorts them by township and year).
func (w *Workbook) Add(rec DocRecord) error {
	w.docs = append(w.docs, rec)
	return nil
}

// Close releases what the workbook holds; call it when done, after WriteFile
// or instead of it.
func (w *Workbook) Close() error {
	w.docs = nil
	return nil
}

// WriteFile writes the workbook to path through a temporary file in the same
// folder, renamed into place, so a crash never leaves a half-written file.
func (w *Workbook) WriteFile(path string, info RunInfo) (err error) {
	f := excelize.NewFile()
	defer f.Close()
	if err := w.fill(f, info); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".summary-*.xlsx")
	if err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			os.Remove(tmp.Name())
		}
	}()
	if _, err := f.WriteTo(tmp); err != nil {
		tmp.Close()
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write workbook %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}

func (w *Workbook) fill(f *excelize.File, info RunInfo) error {
	docs := append([]DocRecord(nil), w.docs...)
	sort.SliceStable(docs, func(i, j int) bool {
		ti, tj := str(docs[i].Township), str(docs[j].Township)
		if ti != tj {
			return ti < tj
		}
		return intp(docs[i].Year) < intp(docs[j].Year)
	})
	const cmp = "对比"
	f.SetSheetName("Sheet1", cmp)
	head := []any{"乡镇", "年份", "标题"}
	for _, m := range extract.Metrics {
		head = append(head, m.Name)
	}
	if err := f.SetSheetRow(cmp, "A1", &head); err != nil {
		return err
	}
	for i, d := range docs {
		row := []any{str(d.Township), yearCell(d.Year), d.Title}
		vals := docMetrics(d.Facts)
		for _, m := range extract.Metrics {
			if v, ok := vals[m.ID]; ok {
				if m.Kind == extract.KindRate {
					row = append(row, v/100)
				} else {
					row = append(row, v)
				}
			} else {
				row = append(row, nil)
			}
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		if err := f.SetSheetRow(cmp, cell, &row); err != nil {
			return err
		}
	}

	const docSheet = "文档"
	f.NewSheet(docSheet)
	dh := []any{"来源文件", "篇", "标题", "乡镇", "年份", "机关", "落款日期", "字数", "事实数", "警告"}
	f.SetSheetRow(docSheet, "A1", &dh)
	for i, d := range w.docs {
		row := []any{d.Source, d.Part, d.Title, str(d.Township), yearCell(d.Year), d.Organ, str(d.Date), d.Chars, len(d.Facts), joinWarnings(d.Warnings)}
		cell, _ := excelize.CoordinatesToCellName(1, i+2)
		f.SetSheetRow(docSheet, cell, &row)
	}

	const factSheet = "事实"
	f.NewSheet(factSheet)
	fh := []any{"来源文件", "篇", "行", "乡镇", "年份", "类别", "指标", "标签", "数值", "单位", "限定", "隐去", "原文"}
	f.SetSheetRow(factSheet, "A1", &fh)
	r := 2
	for _, d := range w.docs {
		for _, fr := range d.Facts {
			var val any = fr.Value
			if fr.Masked {
				val = "（隐去）"
			}
			masked := ""
			if fr.Masked {
				masked = "是"
			}
			row := []any{d.Source, d.Part, fr.Line, str(d.Township), yearCell(d.Year), fr.Kind, fr.Metric, fr.Label, val, fr.Unit, fr.Qualifier, masked, fr.Text}
			cell, _ := excelize.CoordinatesToCellName(1, r)
			f.SetSheetRow(factSheet, cell, &row)
			r++
		}
	}

	const about = "说明"
	f.NewSheet(about)
	rows := [][]any{{"指标", "中文名", "类别", "说明"}}
	for _, m := range extract.Metrics {
		rows = append(rows, []any{m.ID, m.Name, m.Kind, m.Desc})
	}
	rows = append(rows, []any{}, []any{"版本", info.Version}, []any{"运行时间", info.Started.Format("2006-01-02 15:04:05")},
		[]any{"文件数", info.Files}, []any{"文档数", info.Docs}, []any{"事实数", info.Facts}, []any{"错误数", len(info.Errors)})
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow(about, cell, &row); err != nil {
			return err
		}
	}
	return nil
}

// docMetrics returns the document-level value of each metric: for a count
// its largest value (totals dominate their parts), for a rate the first.
func docMetrics(facts []FactRecord) map[string]float64 {
	out := map[string]float64{}
	for _, f := range facts {
		v, ok := f.Value.(float64)
		if f.Metric == "" || !ok || f.Masked {
			continue
		}
		old, seen := out[f.Metric]
		switch {
		case !seen:
			out[f.Metric] = v
		case f.Kind == extract.KindCount && v > old:
			out[f.Metric] = v
		}
	}
	return out
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func intp(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func yearCell(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func joinWarnings(ws []string) string {
	s := ""
	for i, w := range ws {
		if i > 0 {
			s += "；"
		}
		s += w
	}
	return s
}
