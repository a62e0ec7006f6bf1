package extract_test

import (
	"fmt"

	"github.com/zongjie/zongjie/extract"
)

func ExampleFromText() {
	text := "会上共收到代表提出的议案、建议共11份，办结率95％，今年四月底召开了第二届人代会第五次会议。"
	for _, f := range extract.FromText(text, extract.Reference{Year: 2024}) {
		switch {
		case f.Kind == extract.KindDate:
			fmt.Println(f.Kind, f.Date, f.DatePart, f.Text)
		case f.Kind == extract.KindSession:
			fmt.Println(f.Kind, *f.Term, *f.Value, f.Text)
		default:
			fmt.Println(f.Kind, f.Metric, *f.Value, f.Unit, f.Text)
		}
	}
	// Output:
	// count motions 11 份 11份
	// rate completion_rate 95 % 95％
	// date 2024-04 late 今年四月底
	// session 2 5 第二届人代会第五次会议
}

func ExampleExplain() {
	text := "全年办实事600余件。代表满意率100％。"
	for _, f := range extract.FromText(text, extract.Reference{}) {
		fmt.Println(f.Rule, extract.Explain(text, f))
	}
	// Output:
	// metric/practical_matters 全年办实事【600余件】。
	// metric/satisfaction_rate 代表满意率【100％】。
}

func ExampleParseChinese() {
	for _, s := range []string{"十四", "两千零五", "1.2万", "二〇二四"} {
		v, _ := extract.ParseChinese(s)
		fmt.Println(s, v)
	}
	// Output:
	// 十四 14
	// 两千零五 2005
	// 1.2万 12000
	// 二〇二四 2024
}
